// Measures the site's search as a visitor's browser would run it, over a written site: the bytes the first query
// transfers (page script + meta + shards + the fragments of the results shown) and the time a query takes once its
// files are loaded. Runs the site's own assets/search.js against a minimal DOM, so it measures the shipped script.
//
//   node bench/search/harness.mjs SITE_DIR [QUERY ...]
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const [site, ...given] = process.argv.slice(2);
if (!site) {
  console.error("usage: node bench/search/harness.mjs SITE_DIR [QUERY ...]");
  process.exit(2);
}
const queries = given.length ? given : ["congress", "budget reform", "pipeline", "transparency accountability", "emission"];

// A DOM just large enough for the script: the form, input, status and result list, elements it creates.
class Node_ { constructor() { this.children = []; this.textContent = ""; } appendChild(c) { this.children.push(c); return c; } remove() {} }
class Element extends Node_ {
  constructor(tag) { super(); this.tag = tag; this.attrs = {}; this.listeners = {}; }
  set textContent(v) { this._text = v; this.children = []; } get textContent() { return this._text ?? ""; }
  getAttribute(n) { return this.attrs[n] ?? null; } addEventListener(t, f) { this.listeners[t] = f; }
  querySelector(sel) { return sel === "[data-search-input]" ? input : sel === ".search-more" ? null : null; }
}
const form = new Element("form"); form.attrs = { "data-search-index": "search/", "data-search-root": "" };
const input = new Element("input"); input.value = "";
const status = new Element("p");
const list = new Element("ol");
const transferred = [];
globalThis.window = { location: { href: "http://localhost/search/", search: "" }, history: { replaceState() {} }, fetch: true };
globalThis.document = {
  querySelector: (sel) => ({ "[data-search-form]": form, "[data-search-status]": status, "[data-search-results]": list })[sel] ?? null,
  createElement: (tag) => new Element(tag), createTextNode: (t) => ({ textContent: t }),
};
globalThis.fetch = async (path) => {
  const file = join(site, path);
  const bytes = readFileSync(file);
  transferred.push({ path, raw: bytes.length, gzip: gzipSync(bytes).length });
  return { ok: true, json: async () => JSON.parse(bytes.toString("utf8")) };
};

const script = readFileSync(join(site, "assets/search.js"));
const scriptBytes = { path: "assets/search.js", raw: script.length, gzip: gzipSync(script).length };
new Function(script.toString("utf8"))();
await new Promise((r) => setTimeout(r, 50)); // meta.json

const kb = (n) => (n / 1024).toFixed(1) + " KB";
const sum = (xs, k) => xs.reduce((a, x) => a + x[k], 0);
let first = true;
for (const q of queries) {
  transferred.length = 0;
  input.value = q;
  const t0 = performance.now();
  await form.listeners.submit({ preventDefault() {} });
  const cold = performance.now() - t0;
  const files = first ? [scriptBytes, { path: "search/meta.json", ...sizeOf("search/meta.json") }, ...transferred] : [...transferred];
  // Warm: every file it needs is loaded; the time is the script's own work (decode postings, rank, render ten).
  const runs = 20;
  const t1 = performance.now();
  for (let i = 0; i < runs; i++) await form.listeners.submit({ preventDefault() {} });
  const warm = (performance.now() - t1) / runs;
  console.log(`${JSON.stringify(q)}: ${status.textContent.replace(/[“”]/g, '"')} ${first ? "first query" : "next query"} transferred ${files.length} files, ${kb(sum(files, "raw"))} (${kb(sum(files, "gzip"))} gzipped); cold ${cold.toFixed(1)} ms, loaded ${warm.toFixed(2)} ms`);
  first = false;
}

function sizeOf(path) {
  const bytes = readFileSync(join(site, path));
  return { raw: statSync(join(site, path)).size, gzip: gzipSync(bytes).length };
}
