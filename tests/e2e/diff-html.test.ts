import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DocumentDiff } from "../../src/model/diff.js";

/**
 * diff.html in a real browser: Debian's chromium driven by playwright-core. CI installs chromium
 * (.ci/run); on a machine without it the test is skipped with a notice, never silently in CI.
 */
const ROOT = join(import.meta.dirname, "..", "..");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const available = existsSync(CHROMIUM);
if (!available && !process.env.CI)
  console.warn(`diff.html browser test skipped: no ${CHROMIUM} (apt-get install chromium)`);

describe.skipIf(!available && !process.env.CI)("diff.html in Chromium", () => {
  let browser: Browser;
  let file: string;
  let diff: DocumentDiff;

  beforeAll(async () => {
    const out = mkdtempSync(join(tmpdir(), "vanban-diff-"));
    const r = spawnSync(
      process.execPath,
      [
        join(ROOT, "dist", "cli", "main.js"),
        "diff",
        "samples/108-NQ-CP-2019.txt",
        "samples/07-NQ-CP-2025.txt",
        "-o",
        out,
      ],
      { cwd: ROOT, encoding: "utf8" },
    );
    expect(r.status, r.stderr).toBe(0);
    const folder = join(out, "108-NQ-CP-2019__07-NQ-CP-2025");
    file = join(folder, "diff.html");
    diff = DocumentDiff.parse(JSON.parse(readFileSync(join(folder, "diff.json"), "utf8")));
    // The flags keep Chromium from calling home, which this network refuses.
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("opens on the answer, in diff.md's order, with the changed targets on the first screen", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(pathToFileURL(file).href);
    const headings = (await page.locator("h2").allTextContents()).map((h) => h.trim());
    const answer = [
      "Chỉ tiêu thay đổi",
      "Nhiệm vụ, dự án: cũ → mới",
      "Nhiệm vụ, dự án chỉ có trong văn bản cũ",
      "Nhiệm vụ, dự án chỉ có trong văn bản mới",
      // The resolution's own Điều 1 and Điều 3 were reworded.
      "Các điều thay đổi",
      "Các cặp ghép cần kiểm tra",
      "Cơ quan chủ trì: cũ → mới",
      "Tóm tắt",
    ];
    expect(headings.slice(0, answer.length)).toEqual(answer);
    // diff.md opens the same way.
    const md = readFileSync(join(file, "..", "diff.md"), "utf8");
    const mdHeadings = [...md.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());
    expect(mdHeadings.slice(0, answer.length)).toEqual(answer);
    // The targets table starts within the first screen, before any filter or change card.
    const box = await page.locator("#targets table").boundingBox();
    expect(box!.y).toBeLessThan(900);
    // Tasks old → new carry lead, partners, deadline and product side by side, changed ones marked.
    const header = await page.locator("#tasks thead th").allTextContents();
    expect(header).toEqual(expect.arrayContaining(["Chủ trì", "Phối hợp", "Thời hạn", "Sản phẩm"]));
    const rows = diff.changes.filter((c) => c.level === "record" && c.old && c.new).length;
    expect(await page.locator("#tasks tbody tr").count()).toBe(rows);
    expect(await page.locator("#tasks tbody ins").count()).toBeGreaterThan(0);
    // Tasks on one side only show their lead and deadline, so a missed pair can be spotted by eye.
    const removed = diff.changes.filter((c) => c.level === "record" && c.old && !c.new);
    expect(await page.locator("#only-old tbody tr").count()).toBe(removed.length);
    expect(await page.locator("#only-old tbody tr").first().textContent()).toContain(
      removed[0]!.old!.fields!.lead!,
    );
    await page.close();
  }, 60_000);

  it("opens offline, filters by change type and level, links to both sides", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    page.on("request", (req) => requests.push(req.url()));
    await page.goto(pathToFileURL(file).href);

    const visible = () => page.locator("article.change:visible");
    const substantive = diff.changes.filter(
      (c) => !(c.types.length === 1 && c.types[0] === "unchanged"),
    ).length;
    // At first every change but the unchanged items is shown.
    expect(await visible().count()).toBe(substantive);
    expect(await page.locator("#shown").textContent()).toBe(String(substantive));

    // "chỉ xem" beside a type in the summary keeps only that type.
    await page.click('button[data-only="leadChanged"]');
    expect(await visible().count()).toBe(diff.summary.counts.leadChanged);
    for (const types of await visible().evaluateAll((els) =>
      els.map((e) => e.getAttribute("data-types") ?? ""),
    ))
      expect(types.split(" ")).toContain("leadChanged");
    await page.screenshot({ path: join(mkdirOut(), "diff-html.png"), fullPage: false });

    // Its link to the new document lands on the task in the side-by-side panes.
    const card = visible().first();
    const link = card.locator(".links a", { hasText: "văn bản mới" });
    const href = (await link.getAttribute("href"))!;
    await link.click();
    const target = page.locator(`[id="${href.slice(1)}"]`);
    expect(await target.count()).toBe(1);
    expect(await target.isVisible()).toBe(true);
    const firstLead = diff.changes.find((c) => c.types.includes("leadChanged"))!;
    expect(await target.textContent()).toContain(firstLead.new!.text.slice(0, 40));

    // Every type again, then one level: the 13 targets of 2019 that 07/NQ-CP drops.
    await page.click("#all");
    await page.selectOption("#level", "target");
    expect(await visible().count()).toBe(diff.changes.filter((c) => c.level === "target").length);

    expect(requests.filter((u) => !u.startsWith("file:"))).toEqual([]);
    await page.close();
  }, 60_000);
});

function mkdirOut(): string {
  const dir = join(ROOT, "out");
  mkdirSync(dir, { recursive: true });
  return dir;
}
