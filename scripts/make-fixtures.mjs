#!/usr/bin/env node
/**
 * Needs: libreoffice-writer-nogui, fonts-liberation2, poppler-utils (pdftoppm), img2pdf, qpdf.
 * Makes the rendered fixtures once, from the samples: each sample as HTML (paragraphs as the text
 * reader assembled them, tables as bordered tables whose header row repeats on every page, footnotes
 * as footnotes), then LibreOffice headless turns the HTML into DOCX and PDF. Run after `npm run build`:
 *   node scripts/make-fixtures.mjs            (needs libreoffice-writer-nogui, fonts-liberation2)
 * Output: tests/fixtures/render/<sample>.{html,docx,pdf}. The files are committed; tests never run this.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { readStage } from "../dist/stages/read/index.js";
import { Reporter } from "../dist/pipeline/reporter.js";

const ROOT = join(import.meta.dirname, "..");
const OUT = join(ROOT, "tests", "fixtures", "render");
const only = process.argv.slice(2);

const esc = (s) =>
  s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

/**
 * The sample as a word processor would hold it: one paragraph per paragraph the text reader found
 * (hard wraps undone), tables as bordered tables, footnotes as real footnotes at their markers.
 * Tables that PDF-to-text flattened into running lines stay lines, as in the source.
 */
function html(path) {
  const blocks = readStage.run(
    new Uint8Array(readFileSync(path)),
    { format: "text" },
    { report: new Reporter() },
  );
  const notes = new Map(blocks.blocks.filter((b) => b.kind === "footnote").map((b) => [b.label, b.text]));
  const body = [];
  const anchor = (label) =>
    `<a class="sdfootnoteanc" name="sdfootnote${label}anc" href="#sdfootnote${label}sym"><sup>${label}</sup></a>`;
  const withAnchors = (value, refs = []) => {
    let text = "";
    let last = 0;
    for (const r of [...refs].sort((x, y) => x.offset - y.offset)) {
      text += esc(value.slice(last, r.offset)) + (notes.has(r.label) ? anchor(r.label) : "");
      last = r.offset;
    }
    return text + esc(value.slice(last));
  };
  for (const b of blocks.blocks) {
    if (b.kind === "text") {
      const text = withAnchors(b.text, b.footnoteRefs);
      body.push(`<p>${b.strong ? `<b>${text}</b>` : text}</p>`);
    } else if (b.kind === "table" && b.layout === "text-flow") {
      // One line per row as the source printed it, footnote markers as footnotes.
      for (const r of b.rows)
        body.push(
          `<p>${r.cells
            .filter((c) => c.text)
            .map((c) => withAnchors(c.text, c.footnoteRefs))
            .join(" ")}</p>`,
        );
    } else if (b.kind === "table") {
      const width = Math.max(...b.rows.map((r) => r.cells.length));
      const row = (r, tag) =>
        `<tr>${r.cells.map((c, i) => `<${tag}${i === r.cells.length - 1 && r.cells.length < width ? ` colspan="${width - i}"` : ""}>${c.emphasis ? `<b>${esc(c.text)}</b>` : esc(c.text)}</${tag}>`).join("")}</tr>`;
      body.push(
        `<table border="1" cellspacing="0" cellpadding="3" width="100%"><thead>${row(b.rows[0], "th")}</thead><tbody>`,
      );
      for (const r of b.rows.slice(1)) body.push(row(r, "td"));
      body.push("</tbody></table>");
    }
  }
  for (const [label, text] of notes)
    body.push(
      `<div id="sdfootnote${label}"><p><a class="sdfootnotesym" name="sdfootnote${label}sym" href="#sdfootnote${label}anc">${label}</a>${esc(text)}</p></div>`,
    );
  return `<!doctype html>\n<html lang="vi"><head><meta charset="utf-8"><title>${esc(basename(path))}</title>
<style>body{font-family:"Liberation Serif";font-size:13pt} p{margin:0 0 4pt 0} table{border-collapse:collapse} th,td{border:1px solid #000;vertical-align:top}</style></head>
<body>\n${body.join("\n")}\n</body></html>\n`;
}

function office(input, target, outDir) {
  execFileSync(
    "soffice",
    [
      "--headless",
      "--norestore",
      `-env:UserInstallation=file://${join(tmpdir(), "vanban-lo-profile")}`,
      "--infilter=HTML (StarWriter)",
      "--convert-to",
      target,
      "--outdir",
      outDir,
      input,
    ],
    { stdio: "pipe" },
  );
}

mkdirSync(OUT, { recursive: true });
// Hand-written pages: one laid out in two columns (issuer beside the motto, nơi nhận beside the
// signature), one with a task table printed without borders.
for (const name of ["two-columns", "borderless"]) {
  if (only.length && !only.includes(name)) continue;
  const work = mkdtempSync(join(tmpdir(), "vanban-render-"));
  office(join(OUT, `${name}.html`), "pdf:writer_pdf_Export", work);
  renameSync(join(work, `${name}.pdf`), join(OUT, `${name}.pdf`));
  console.log(`${name}: pdf`);
}
for (const file of readdirSync(join(ROOT, "samples"))
  .filter((f) => f.endsWith(".txt"))
  .sort()) {
  const name = basename(file, ".txt");
  if (only.length && !only.includes(name)) continue;
  const work = mkdtempSync(join(tmpdir(), "vanban-render-"));
  const page = join(work, `${name}.html`);
  writeFileSync(page, html(join(ROOT, "samples", file)));
  writeFileSync(join(OUT, `${name}.html`), readFileSync(page));
  office(page, "docx:MS Word 2007 XML", work);
  // The printed copy carries page numbers in its footer (LibreOffice's HTML footer field), as real
  // documents do: the PDF reader must set them apart.
  const printed = join(work, "print", `${name}.html`);
  mkdirSync(join(work, "print"));
  writeFileSync(
    printed,
    readFileSync(page, "utf8").replace(
      "<body>\n",
      '<body>\n<div title="footer"><p align="center"><sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield></p></div>\n',
    ),
  );
  office(printed, "pdf:writer_pdf_Export", work);
  for (const ext of ["docx", "pdf"]) renameSync(join(work, `${name}.${ext}`), join(OUT, `${name}.${ext}`));
  console.log(`${name}: html, docx, pdf`);
  if (name === "07-NQ-CP-2025") variants(name, page, work);
}

/**
 * Variants of one sample: its text decomposed (NFD) as some producers write it, and a scan-like PDF
 * whose pages are images only (pdftoppm + img2pdf: no text layer, as a scanned signed copy).
 */
function variants(name, page, work) {
  const nfd = join(work, `${name}-nfd.html`);
  writeFileSync(nfd, readFileSync(page, "utf8").normalize("NFD"));
  office(nfd, "pdf:writer_pdf_Export", work);
  renameSync(join(work, `${name}-nfd.pdf`), join(OUT, `${name}-nfd.pdf`));
  // The first two pages are enough to exercise OCR; 150 dpi keeps the file small.
  execFileSync("pdftoppm", [
    "-r",
    "150",
    "-gray",
    "-f",
    "1",
    "-l",
    "2",
    "-png",
    join(OUT, `${name}.pdf`),
    join(work, "scan"),
  ]);
  const images = readdirSync(work)
    .filter((f) => f.startsWith("scan") && f.endsWith(".png"))
    .sort()
    .map((f) => join(work, f));
  execFileSync("img2pdf", [...images, "-o", join(OUT, `${name}-scan.pdf`)]);
  // Password-protected (qpdf): the reader must refuse it with a reason, not a stack trace.
  execFileSync("qpdf", [
    "--encrypt",
    "user-secret",
    "owner-secret",
    "256",
    "--",
    join(OUT, `${name}.pdf`),
    join(OUT, `${name}-encrypted.pdf`),
  ]);
  console.log(`${name}: nfd pdf, scan pdf, encrypted pdf`);
}
