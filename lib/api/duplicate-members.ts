/**
 * Members named twice in one JSON object. `JSON.parse` keeps the last of them without a word
 * (RFC 8259 §4: "the behavior of software that receives such an object is unpredictable"),
 * so `{"foreignSharePercent": 49, "foreignSharePercent": 100}` would be assessed at 100% when
 * the sender may have meant 49%. The API refuses such a body instead of guessing (I-JSON,
 * RFC 7493 §2.3, makes them invalid outright).
 */

type Segment = string | number;

/** A container being read: its place in the document, kept as a parent chain, not copied. */
type Frame =
  | {
      kind: "object";
      parent?: Frame;
      segment?: Segment;
      keys: Set<string>;
      /** Names already reported: a name repeated a thousand times is one issue, not a thousand. */
      reported?: Set<string>;
      key?: string;
      expectKey: boolean;
    }
  | { kind: "array"; parent?: Frame; segment?: Segment; index: number };

function pathOf(frame: Frame | undefined, last: Segment): Segment[] {
  const path: Segment[] = [last];
  for (let f = frame; f?.segment !== undefined; f = f.parent) path.push(f.segment);
  return path.reverse();
}

/** The segment under which the value that starts now sits in its container. */
function segmentIn(frame: Frame | undefined): Segment | undefined {
  if (!frame) return undefined;
  return frame.kind === "object" ? frame.key : frame.index;
}

/**
 * The path of every member whose name its object already had, in document order, each name
 * of each object once, at most `limit` of them. `text` must be JSON that `JSON.parse`
 * accepted; one pass, no recursion, so 64 KiB of nested brackets costs what 64 KiB of anything
 * does.
 */
export function duplicateMembers(text: string, limit = Number.POSITIVE_INFINITY): Segment[][] {
  const found: Segment[][] = [];
  const stack: Frame[] = [];
  let i = 0;
  while (i < text.length && found.length < limit) {
    const ch = text.charCodeAt(i);
    const top = stack.at(-1);
    if (ch === 0x22 /* " */) {
      let end = i + 1;
      while (text.charCodeAt(end) !== 0x22) end += text.charCodeAt(end) === 0x5c /* \ */ ? 2 : 1;
      if (top?.kind === "object" && top.expectKey) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (!top.keys.has(key)) top.keys.add(key);
        else if (!top.reported?.has(key)) {
          found.push(pathOf(top, key));
          (top.reported ??= new Set()).add(key);
        }
        top.key = key;
        top.expectKey = false;
      }
      i = end + 1;
      continue;
    }
    if (ch === 0x7b /* { */) {
      stack.push({
        kind: "object",
        parent: top,
        segment: segmentIn(top),
        keys: new Set(),
        expectKey: true,
      });
    } else if (ch === 0x5b /* [ */) {
      stack.push({ kind: "array", parent: top, segment: segmentIn(top), index: 0 });
    } else if (ch === 0x7d /* } */ || ch === 0x5d /* ] */) {
      stack.pop();
    } else if (ch === 0x2c /* , */ && top) {
      if (top.kind === "object") top.expectKey = true;
      else top.index += 1;
    }
    i += 1;
  }
  return found;
}
