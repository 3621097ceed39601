#!/usr/bin/env node
/**
 * Sets one top-level namespace of a message catalogue from a JSON file, in one quick
 * read-merge-write, so that several people can add their namespaces without overwriting
 * each other's. Usage: node scripts/msg-set.mjs en result path/to/result.en.json
 */
import { readFileSync, renameSync, writeFileSync } from "node:fs";

const [locale, namespace, source] = process.argv.slice(2);
if (!locale || !namespace || !source) {
  console.error("usage: node scripts/msg-set.mjs <locale> <namespace> <file.json>");
  process.exit(2);
}
const value = JSON.parse(readFileSync(source, "utf8"));
const path = `messages/${locale}.json`;
const catalogue = JSON.parse(readFileSync(path, "utf8"));
catalogue[namespace] = value;
const temp = `${path}.${process.pid}.tmp`;
writeFileSync(temp, `${JSON.stringify(catalogue, null, 2)}\n`);
renameSync(temp, path);
console.log(`${path}: set "${namespace}" (${Object.keys(value).length} keys)`);
