// Parse every ```mermaid block of the given Markdown files with Mermaid's own parser.
// Prints "ok <file> <type>" or "FAIL <file>: <message>" per diagram; exits 1 if any failed.
import { JSDOM } from "jsdom";
const dom = new JSDOM("<!doctype html><html><body></body></html>");
globalThis.window = dom.window; globalThis.document = dom.window.document;
const { default: mermaid } = await import("mermaid");
import { readFileSync } from "node:fs";
let failed = 0;
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, "utf8");
  const blocks = [...text.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map(m => m[1]);
  for (const block of blocks) {
    try { const r = await mermaid.parse(block); console.log(`ok ${file} ${r.diagramType}`); }
    catch (e) { failed++; console.log(`FAIL ${file}: ${String(e.message || e).split("\n").slice(0, 3).join(" ")}`); }
  }
}
process.exit(failed ? 1 : 0);
