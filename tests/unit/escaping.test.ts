import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diffDocuments } from "../../src/diff/index.js";
import { tableToCsv } from "../../src/emit/csv.js";
import { diffToHtml } from "../../src/emit/diff-html.js";
import { diffToMarkdown } from "../../src/emit/diff-markdown.js";
import { toMarkdownDocument } from "../../src/emit/markdown.js";
import { timelineToMarkdown } from "../../src/emit/timeline.js";
import { allTables } from "../../src/batch/render.js";
import { buildTimeline } from "../../src/timeline/build.js";
import { convertText } from "../helpers.js";

/** What a document's own text may carry into an output: markup, script, links and remote images. */
const HOSTILE = `<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) ![i](http://evil.example/x.png)`;

const document = (value: string) =>
  [
    "ỦY BAN NHÂN DÂN TỈNH LÀO CAI",
    "",
    "Số: 01/KH-UBND",
    "",
    "KẾ HOẠCH",
    `Về việc thử ${HOSTILE}`,
    "",
    `1. Phấn đấu đến năm 2030 tỷ lệ hộ dân ${HOSTILE} đạt ${value}%.`,
    "",
    "STT\tNội dung\tGhi chú",
    `1\t=HYPERLINK("http://evil.example","x")\t${HOSTILE}`,
    `2\tMột việc\tKhông`,
    "",
  ].join("\n");

/** Markup a reader would act on: a tag opening (`<` not escaped), a link or an image to follow. */
function activeMarkdown(md: string): string[] {
  return [
    ...md.matchAll(/(?<!\\)<(?:script|img)/gi),
    ...md.matchAll(/(?<![\\!])\[[^\]\\]*\]\((?:javascript|http)/gi),
    ...md.matchAll(/(?<!\\)!\[[^\]]*\]\(/g),
  ].map((m) => m[0]);
}

describe("every output escapes the document's text", async () => {
  const old = await convertText(document("90"));
  const changed = await convertText(document("95"));
  const diff = diffDocuments(old, changed);

  it("document.md, diff.md and targets.md keep the text and act on none of it", async () => {
    const sample = readFileSync(
      join(import.meta.dirname, "..", "..", "samples", "20-CTr-TU-2026.txt"),
      "utf8",
    );
    const timeline = buildTimeline([await convertText(sample)]);
    timeline.indicators[0] = { ...timeline.indicators[0]!, label: HOSTILE };
    for (const md of [toMarkdownDocument(old), diffToMarkdown(diff), timelineToMarkdown(timeline)]) {
      expect(md).toContain("alert(1)");
      expect(activeMarkdown(md)).toEqual([]);
    }
  });

  it("diff.html shows the text as text: no element, handler or link of the document's", () => {
    const html = diffToHtml(diff);
    expect(html).toContain("&#60;script&#62;alert(1)");
    expect(html).not.toMatch(/<script>alert|<img src=x|href="javascript:|src="http:\/\/evil/i);
  });

  it("CSV neutralises a formula cell; XLSX cells are typed text (checked in table-outputs)", () => {
    const csv = allTables(old).map((t) => tableToCsv(t, { neutralize: true }));
    expect(csv.join("\n")).toContain(`'=HYPERLINK(`);
    expect(csv.join("\n")).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });
});
