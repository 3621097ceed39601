/**
 * JSON Patch (RFC 6902) `add`, `replace` and `remove` on answers, copy-on-write: the
 * original is never changed, and only the objects on each path are copied.
 */
import type { PatchOp } from "./types";

type Container = Record<string, unknown> | unknown[];

export class PatchError extends Error {}

/** RFC 6901 JSON Pointer: "/services/0/facilities/1/location". */
export function parsePointer(pointer: string): string[] {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) throw new PatchError(`not a JSON Pointer: ${pointer}`);
  const tokens = pointer.slice(1).split("/");
  if (!pointer.includes("~")) return tokens;
  return tokens.map((token) => token.replaceAll("~1", "/").replaceAll("~0", "~"));
}

/**
 * Remedies try the same few paths on every assessment, so their tokens are kept. Bounded,
 * because patches also come from outside (tests, fuzzing).
 */
const parsed = new Map<string, readonly string[]>();
function tokensOf(pointer: string): readonly string[] {
  let tokens = parsed.get(pointer);
  if (tokens === undefined) {
    tokens = parsePointer(pointer);
    if (parsed.size >= 1024) parsed.clear();
    parsed.set(pointer, tokens);
  }
  return tokens;
}

function copy(container: Container): Container {
  return Array.isArray(container) ? [...container] : { ...container };
}

function isContainer(value: unknown): value is Container {
  return typeof value === "object" && value !== null;
}

function arrayIndex(array: unknown[], token: string, forAdd: boolean): number {
  if (forAdd && token === "-") return array.length;
  const index = Number(token);
  // RFC 6901: decimal digits, no leading zeros, no sign.
  if (!Number.isInteger(index) || index < 0 || String(index) !== token)
    throw new PatchError(`not an array index: ${token}`);
  if (index > array.length || (!forAdd && index === array.length))
    throw new PatchError(`index out of range: ${token}`);
  return index;
}

function update(node: unknown, tokens: readonly string[], depth: number, op: PatchOp): unknown {
  if (!isContainer(node)) throw new PatchError(`no container at ${op.path}`);
  const token = tokens[depth] as string;
  const next = copy(node);
  const last = depth === tokens.length - 1;
  if (Array.isArray(next)) {
    const index = arrayIndex(next, token, last && op.op === "add");
    if (!last) next[index] = update(next[index], tokens, depth + 1, op);
    else if (op.op === "add") next.splice(index, 0, op.value);
    else if (op.op === "replace") next[index] = op.value;
    else next.splice(index, 1);
    return next;
  }
  if (token === "__proto__") throw new PatchError(`refused member ${token}`);
  const exists = Object.hasOwn(next, token);
  if (!last) {
    if (!exists) throw new PatchError(`no member ${token} at ${op.path}`);
    next[token] = update(next[token], tokens, depth + 1, op);
  } else if (op.op === "add") {
    next[token] = op.value;
  } else {
    if (!exists) throw new PatchError(`no member ${token} at ${op.path}`);
    if (op.op === "remove") delete next[token];
    else next[token] = op.value;
  }
  return next;
}

function applyOne(root: unknown, op: PatchOp): unknown {
  const tokens = tokensOf(op.path);
  if (tokens.length > 0) return update(root, tokens, 0, op);
  if (op.op === "remove") throw new PatchError("cannot remove the document");
  return op.value;
}

export function applyPatch<T>(document: T, ops: readonly PatchOp[]): T {
  return ops.reduce<unknown>((doc, op) => applyOne(doc, op), document) as T;
}
