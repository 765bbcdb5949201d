import { z } from "zod";
import type { Block, Blocks, TableBlock, TextBlock } from "../../model/block.js";
import type { AppendixSummary, IncludedDocument } from "../../model/document.js";
import type { Basis, Metadata, Signer } from "../../model/metadata.js";
import type { LegalNode } from "../../model/node.js";
import type { Reporter } from "../../model/reporter.js";
import type { Stage } from "../../model/stage.js";
import { foldKey } from "../../text/fold.js";
import { ENACTING_KEY, GAZETTE_IMPRINT, SIGNED_MARK } from "../../text/formulas.js";
import { atMostWords } from "../../text/word-count.js";
import { BULLET_STYLES, matchMarkers } from "../../text/markers.js";
import { isTypeName, typeFromName } from "../../text/document-types.js";
import { isUpperText, startsLower } from "../../text/normalize.js";
import { appendixHeading, isIssuedWithCaption, listHeading, titledHeading } from "./appendix.js";
import { captionFacts, isCaption } from "./captions.js";
import { basisOf } from "./citations.js";
import { labelledSignature, readRecipients, readSignature } from "./closing-blocks.js";
import { authorityOf, bareSignatureEnd, isPersonName, isRecipientsHeading, signatureEnd } from "./closing.js";
import { documentStarts } from "./documents.js";
import { frontFacts, headerStart } from "./front-matter.js";
import { parseHeader, roleOf, typeLine, type HeaderFields } from "./header.js";
import { buildMetadata } from "./metadata.js";
import { fixPositions, IdRegistry, makeNode, walk } from "./nodes.js";
import { AUTHENTICATION_KEY } from "./authentication.js";
import { joinBareNumbers } from "./bare-numbers.js";
import { Outline } from "./outline.js";
import { TableNodes } from "./table-nodes.js";
import { periodTitles, phraseHeadings } from "./title.js";

export const StructureOptions = z.object({});
export type StructureOptions = z.infer<typeof StructureOptions>;

export interface Structured {
  metadata: Metadata;
  body: LegalNode;
  appendices: AppendixSummary[];
  /** Further documents the file holds after the first: each a "document" node under the body. */
  included: IncludedDocument[];
  /** Each table node's grid as read, by node id: the tables stage types these rows. Not serialised. */
  grids: ReadonlyMap<string, TableBlock>;
}

/**
 * The grounds a preamble gives for issuing: each "Căn cứ …", and the proposal that moved it ("Theo
 * đề nghị …", "Xét đề nghị …", "Xét Tờ trình …", "Trên cơ sở …"), which legal staff cite with them.
 */
/** A quotation opens a line and closes one, perhaps before the clause's own punctuation. */
// A drafter's slip may open the quotation with a single mark (‘Điều 61. …, NĐ 21/2026): it still opens it.
const QUOTE_OPEN = /^[“"‘]/u;
const QUOTE_CLOSE = /[”"’]\s*[.;,]?\s*(\.\/\.?)?$/u;

/**
 * The sentence a law or resolution ends with, before its signature: "Luật này được Quốc hội … khóa
 * XV, Kỳ họp thứ 9 thông qua ngày 17 tháng 6 năm 2025." It closes the text, not its last clause; so
 * does a letter's courtesy (COURTESY). Both stand at the text's top level, before the closing.
 */
const ADOPTION =
  /^(?:Bộ luật|Luật|Pháp lệnh|Nghị quyết|Hiến pháp) này (?:đã )?được .{3,200}? thông qua (?:vào )?ngày\s+\d/u;

/** A letter's or notice's closing courtesy, alone on its line: "Trân trọng thông báo./.", "Trân trọng./.". */
const COURTESY = /^Trân trọng(?: \p{Ll}+){0,3}\s*[.!]*(?:\/\.)?$/u;

/**
 * The sections a legal portal prints after the text, in a page saved as text or Markdown: "Văn bản
 * liên quan", "Lược đồ", "File được đính kèm theo văn bản" (folded, the whole line); its note "Văn bản này chưa cập nhật nội dung Tiếng
 * Anh" wherever it stands, a paragraph with the page's title repeated.
 */
const PORTAL_TAIL_KEY =
  /^(?:van ban lien quan|luoc do|noi dung sua doi,? huong dan|van ban bi thay the|van ban thay the|van ban goc|van ban tieng anh|tai van ban|tai ve|file duoc dinh kem theo van ban)$|(?:^|\s)van ban nay chua cap nhat noi dung tieng anh(?:\s|$)/;

/** An imprint's lines are short: "Điện thoại liên hệ:", "Số 1, Hoàng Hoa Thám, Ba Đình, Hà Nội". */
const IMPRINT_WORDS = 12;

/** How far into a text its bare title (tên loại alone) may stand. */
const TITLE_SEARCH = 5;
/** A line no summary over a text holds: an article, a signature's authority. */
const SUMMARY_BREAK = /^(?:Điều\s+\d|T\/?M\b|K\/?T\b|TL\b|TUQ\b)/u;

/** "…, được sửa đổi, bổ sung bởi:": a consolidated text announcing its amending texts. */
const AMENDED_BY = /sửa đổi, bổ sung bởi\s*:?\s*$/u;
/** One amending text of that list: "Luật số 51/2019/QH14 ngày …", "Luật Đầu tư công số 58/2024/QH15 …". */
const AMENDING_ITEM =
  /^(Luật|Bộ luật|Pháp lệnh|Nghị quyết|Nghị định|Quyết định|Thông tư)\b[^.;:]{0,120}?\ssố\s/u;

const BASIS_KEY = /^(can cu|(xet|theo) (de nghi|to trinh)|xet to trinh|tren co so)\b/;

/**
 * structure: blocks → metadata and a lossless legal tree. Every block lands in exactly one node:
 * header, preamble, numbered body, closing (recipients, signature), attachments issued with the
 * document, appendices; text it cannot place goes to an `unassigned` node with a diagnostic.
 */
export const structureStage: Stage<Blocks, Structured, StructureOptions> = {
  id: "structure",
  version: "1.3.0",
  options: StructureOptions,
  run(input, _options, { report }) {
    const blocks = joinBareNumbers(input.blocks);
    const starts = documentStarts(blocks);
    const bounds = [0, ...starts, blocks.length];
    const main = new Builder(blocks.slice(0, bounds[1]), report).build();
    if (!starts.length) return main;
    // Each further document is read as a file of its own, its ids kept apart by a prefix, and hung
    // under the body as a "document" node; its appendices and tables join the file's lists.
    const grids = new Map(main.grids);
    for (let k = 1; k < bounds.length - 1; k++) {
      const part = new Builder(blocks.slice(bounds[k], bounds[k + 1]), report, `document-${k + 1}/`).build();
      main.body.children.push(part.body);
      main.appendices.push(...part.appendices);
      for (const [id, grid] of part.grids) grids.set(id, grid);
      main.included.push({ nodeId: part.body.id, metadata: part.metadata });
    }
    fixPositions(main.body);
    report.info(
      "several-documents",
      `the file holds ${starts.length + 1} documents, each with its own header: read one by one`,
      { line: blocks[starts[0]!]!.lines[0] ?? null },
    );
    return { ...main, grids };
  },
};

type Phase = "preamble" | "body" | "closing";

/** An appendix or attachment heading whose title lines and caption are still being read. */
interface Titling {
  node: LegalNode;
  kind: "appendix" | "attachment";
  /** A caption whose bracket is still open: "(Kèm theo Nghị định số 30/2020/NĐ-CP" ⏎ "ngày … )". */
  openCaption?: LegalNode;
}

/** A short line in brackets that is no caption: a title's period, "(Quý I Năm 2025)". */
const BRACKETED_PERIOD = /^\([^()]{1,40}\)$/u;
/** The most a caption's second paragraph holds ("ngày 05 tháng 3 năm 2020 của Chính phủ)"). */
const CAPTION_REST = 200;

class Builder {
  private readonly root: LegalNode;
  private outline: Outline;
  private container: LegalNode;
  private phase: Phase = "preamble";
  private preamble: LegalNode | null = null;
  /** The container whose title lines (and caption) are still being read. */
  private titling: Titling | null = null;
  private readonly bases: Basis[] = [];
  /** The preamble's last paragraph announced the texts that amended this one, or was one of them. */
  private amendedBy = false;
  /** The endnote being read after the closing, which the next paragraphs continue. */
  private endnote: LegalNode | null = null;
  private readonly captions: { text: string; line: number }[] = [];
  /** The caption under the header of a text printed on its own, while its bracket is open. */
  private ownCaption: { text: string; line: number } | null = null;
  private readonly appendices: AppendixSummary[] = [];
  /** What the closing states: the signer, the recipients and where their list starts. */
  private readonly closing: { signer: Signer | null; recipients: string[]; recipientsLine: number | null } = {
    signer: null,
    recipients: [],
    recipientsLine: null,
  };
  private attachments = 0;
  private readonly tables: TableNodes;
  /** Inside text an amendment quotes, and the last text line read (what announces a quotation). */
  private quoting = false;
  /** The first body the issuer names (folded), and whether the signer read so far is the main text's. */
  private leadBody: string | null = null;
  private rootSigned = false;
  private lastText: string | null = null;

  private readonly ids: IdRegistry;

  constructor(
    private readonly blocks: Block[],
    private readonly report: Reporter,
    prefix = "",
  ) {
    this.ids = new IdRegistry(prefix);
    this.root = makeNode("document", this.ids.claim("document"));
    this.container = this.root;
    this.outline = new Outline(this.root, "", this.ids, report);
    this.tables = new TableNodes(this.ids);
  }

  build(): Structured {
    // A portal's menu, a gazette banner or a stamp may stand before the header: it is set apart.
    const top = parseHeader(this.blocks, new IdRegistry());
    const start = top.node && !this.summaryTitle(top.fields) ? 0 : this.headerOrTitle();
    if (start > 0) this.setFrontApart(start);
    const { node: header, next, fields } = parseHeader(this.blocks, this.ids, start);
    this.leadBody = fields.issuer ? foldKey(fields.issuer.value.split(/\s+[-–]\s+/)[0]!) : null;
    if (header) this.root.children.push(header);
    else
      this.report.warn("header-missing", "the document starts without a header (quốc hiệu, số, tên loại)", {
        line: this.blocks[0]?.lines[0] ?? null,
      });
    // A title line or a portal's property lines speak where the header is silent.
    const front = frontFacts(this.blocks.slice(0, header ? start : next + 20));
    for (let i = next; i < this.blocks.length; i++) i = this.place(i);
    const all = [...walk(this.root)];
    periodTitles(all.filter((n) => n.type === "article"));
    phraseHeadings(all.filter((n) => n.type !== "article"));
    fixPositions(this.root);
    const metadata = buildMetadata(
      fields,
      front,
      this.captions,
      this.bases,
      this.closing,
      this.root,
      this.report,
    );
    return { metadata, body: this.root, appendices: this.appendices, included: [], grids: this.tables.grids };
  }

  /**
   * Quoted amendment text: it opens with a quotation mark after a line announcing it ("… như sau:")
   * and runs to the line that closes the quotation; a recipients list ends it in any case.
   */
  private takeQuoted(b: TextBlock): boolean {
    const text = b.text.trim();
    const announced = this.lastText !== null && /:\s*$/.test(this.lastText);
    this.lastText = text;
    if (!this.quoting) {
      if (!announced || !QUOTE_OPEN.test(text)) return false;
      this.quoting = true;
    } else if (isRecipientsHeading(text) || this.endsUnclosedQuote(b)) {
      this.quoting = false;
      return false;
    }
    this.outline.addQuoted(b);
    if (QUOTE_CLOSE.test(text)) this.quoting = false;
    return true;
  }

  /**
   * A quotation left open by its author ends where the document's own numbering goes on in a heading
   * ("7.4." in bold after the quote inside 7.3): the text after it is not quoted. Plain text prints
   * no bold: there a dotted number that follows an open one of the same parent ends it too.
   */
  private endsUnclosedQuote(b: TextBlock): boolean {
    const marker = matchMarkers(b.text)[0];
    if (!marker || QUOTE_OPEN.test(b.text)) return false;
    if (!(b.strong ? this.outline.continues(marker) : this.outline.continuesDotted(marker))) return false;
    this.report.warn("quote-unclosed", "a quotation opened above is never closed: it ends at this heading", {
      line: b.lines[0]!,
    });
    return true;
  }

  /**
   * Where the header starts. A text extracted without its header may open on its tên loại and subject
   * alone ("HƯỚNG DẪN" / "THỂ THỨC VÀ KỸ THUẬT …") after a note: that title is its header, and a
   * party name or quốc hiệu printed much further down is an example in the body, not the header.
   */
  private headerOrTitle(): number {
    const found = headerStart(this.blocks);
    const title = this.blocks
      .slice(0, TITLE_SEARCH)
      .findIndex((b) => b.kind === "text" && isUpperText(b.text) && isTypeName(b.text));
    return title > 0 && (found === 0 || found > title + TITLE_SEARCH) ? title : found;
  }

  /**
   * A title over a summary, not the header: a tên loại and a line under it, and nothing a header
   * prints (issuer, number, place or date), while a header anchored by its quốc hiệu follows within
   * a few blocks (a knowledge base's page: "# QUYẾT ĐỊNH", "## THÔNG TIN VĂN BẢN", a table of
   * properties, then the text).
   */
  private summaryTitle(fields: HeaderFields): boolean {
    if (fields.issuer || fields.documentNumber || fields.place || fields.issuedOn) return false;
    const found = headerStart(this.blocks);
    if (found <= 0 || found > TITLE_SEARCH) return false;
    // Between them only short lines and tables: an article or a signature there makes the title the
    // document's own, and the quốc hiệu below it an attachment's.
    return this.blocks
      .slice(1, found)
      .every((b) => b.kind !== "text" || (b.text.split(/\s+/).length <= 6 && !SUMMARY_BREAK.test(b.text)));
  }

  /** The blocks before the header: kept whole in a node of their own, with a note. */
  private setFrontApart(end: number): void {
    const blocks = this.blocks.slice(0, end);
    const node = makeNode("unassigned", this.ids.claim("front-matter"), {
      text: blocks
        .map((b) =>
          b.kind === "table" ? b.rows.map((r) => r.cells.map((c) => c.text).join(" | ")).join("\n") : b.text,
        )
        .join("\n"),
      lines: blocks.flatMap((b) => b.lines),
    });
    this.root.children.push(node);
    this.report.info(
      "front-matter",
      `${blocks.length} block(s) before the header (a portal's menu, a gazette banner, a stamp) kept apart`,
      { line: blocks[0]!.lines[0]! },
    );
  }

  /**
   * A portal's sections after the text (a page saved whole): from the first of them to the end, kept
   * in a node of their own with a note, as the menu before the header is.
   */
  private setTailApart(from: number): number {
    const blocks = this.blocks.slice(from);
    this.root.children.push(
      makeNode("unassigned", this.ids.claim("back-matter"), {
        text: blocks
          .map((b) =>
            b.kind === "table"
              ? b.rows.map((r) => r.cells.map((c) => c.text).join(" | ")).join("\n")
              : b.text,
          )
          .join("\n"),
        lines: blocks.flatMap((b) => b.lines),
      }),
    );
    this.report.info(
      "portal-tail",
      `${blocks.length} block(s) of a portal's page after the text kept apart`,
      {
        line: blocks[0]!.lines[0]!,
      },
    );
    return this.blocks.length - 1;
  }

  /** Places block i (and any blocks it owns); returns the index of the last block consumed. */
  private place(i: number): number {
    const b = this.blocks[i]!;
    if (b.kind === "furniture") {
      this.addLoose(
        makeNode("pageBreak", this.ids.claim(`page-${b.text}`), { label: b.text, lines: b.lines }),
      );
      return i;
    }
    if (b.kind === "footnote") {
      this.addLoose(
        makeNode("footnote", this.ids.claim(`fn-${b.label}`), {
          label: b.label,
          text: b.text,
          lines: b.lines,
        }),
      );
      return i;
    }
    if (b.kind === "table") {
      this.addLoose(this.tableNode(b));
      return i;
    }
    return this.placeText(b, i);
  }

  private placeText(b: TextBlock, i: number): number {
    const text = b.text;
    // After the closing, or in an appendix: the text has ended where a portal's own section begins.
    const ended = this.phase === "closing" || this.container !== this.root;
    if (ended && PORTAL_TAIL_KEY.test(foldKey(text))) return this.setTailApart(i);
    if (
      this.phase === "body" &&
      this.container === this.root &&
      (ADOPTION.test(text) || COURTESY.test(text))
    ) {
      const id = ADOPTION.test(text) ? "adoption" : "courtesy";
      this.root.children.push(makeNode("paragraph", this.ids.claim(id), { text, lines: b.lines }));
      // After the adoption only the signature follows; after a courtesy a letter may still list what
      // it encloses ("Đính kèm: …"), which is text.
      if (id === "adoption") this.phase = "closing";
      return i;
    }
    if (this.phase === "body" && this.takeQuoted(b)) return i;
    const heading = appendixHeading(text);
    if (heading) {
      this.startAppendix(b, heading);
      return i;
    }
    if (this.titling && this.continueTitle(b)) return i;
    // A list under its own title: only where no appendix heading is still taking its title lines.
    const following = this.blocks.slice(i + 1, i + 5).map((n) => (n.kind === "text" ? n.text : ""));
    const list =
      listHeading(text, following) ??
      (this.phase === "closing" && !this.startsAttachment(b) ? titledHeading(text, following) : null);
    if (list) {
      this.startAppendix(b, list);
      return i;
    }

    if (this.phase === "closing" && this.startsAttachment(b)) {
      this.startAttachment(b);
      return i;
    }
    // A transcription may drop the signature before the text it issues: "Quy chế" over its name and
    // "(Ban hành kèm theo Nghị định số …)" opens the attachment wherever the body stands.
    if (this.phase === "body" && this.container === this.root && this.namesIssuedText(i)) {
      this.startAttachment(b);
      return i;
    }
    if (isRecipientsHeading(text)) return this.takeRecipients(i);
    const labelled = this.phase === "preamble" ? null : labelledSignature(b);
    if (labelled) {
      this.takeSignatureOf(labelled);
      return i;
    }
    const signatureStop = this.phase !== "preamble" || authorityOf(text) ? signatureEnd(this.blocks, i) : -1;
    if (
      signatureStop > i &&
      (this.phase === "closing" ||
        authorityOf(text) ||
        this.endsMainText(signatureStop) ||
        this.authenticated(i))
    ) {
      this.takeSignature(i, signatureStop);
      return signatureStop - 1;
    }
    const bare = this.phase === "body" ? bareSignatureEnd(this.blocks, i) : -1;
    if (bare > i && this.endsMainText(bare)) {
      this.takeSignature(i, bare);
      return bare - 1;
    }
    // A signature printed as an example (a guide to drafting) is no closing: numbering that goes on
    // after it ("III- TỔ CHỨC THỰC HIỆN" after "II-") takes the text back into the body.
    const resumed = this.phase === "closing" ? matchMarkers(text)[0] : undefined;
    if (resumed && this.container === this.root && this.outline.continues(resumed)) this.phase = "body";
    if (this.phase === "closing" && this.takeEndnote(b)) return i;
    if (this.phase === "closing" && GAZETTE_IMPRINT.test(text.trim())) return this.takeImprint(i);
    if (this.phase === "closing") {
      const node = makeNode("unassigned", this.ids.claim(`unassigned-${b.lines[0]}`), {
        text,
        lines: b.lines,
      });
      this.container.children.push(node);
      this.report.warn(
        "text-after-closing",
        "text after the signature that opens no attachment or appendix",
        { line: b.lines[0]! },
      );
      return i;
    }

    const markers = matchMarkers(text);
    // "- Căn cứ Luật …": older documents and transcriptions dash their grounds; still the preamble.
    // Not after a lead-in ("… có ý kiến cụ thể như sau:"): a letter's argument may open that way.
    const before = this.blocks[i - 1];
    const leadIn = before?.kind === "text" && /:\s*$/.test(before.text);
    const dashedBasis =
      markers.length === 1 &&
      BULLET_STYLES.has(markers[0]!.style) &&
      BASIS_KEY.test(foldKey(markers[0]!.rest)) &&
      !leadIn;
    const opening = this.phase === "preamble" && !this.outline.started;
    // A consolidated text lists the laws that amended it ("… được sửa đổi, bổ sung bởi:" ⏎ "1. Luật số
    // …"), then its own grounds: the list is the preamble's, not the body's first items.
    const amending = opening && this.amendedBy && markers.length > 0 && AMENDING_ITEM.test(markers[0]!.rest);
    this.amendedBy = amending || (opening && AMENDED_BY.test(text));
    if (markers.length && !(opening && (dashedBasis || amending))) {
      this.phase = "body";
      this.outline.addMarked(b, markers);
      return i;
    }
    if (this.phase === "preamble" && !this.outline.started) {
      this.addPreamble(b);
      return i;
    }
    this.outline.addParagraph(b);
    return i;
  }

  private addLoose(node: LegalNode): void {
    if (this.phase === "preamble" && this.preamble && !this.outline.started)
      this.preamble.children.push(node);
    else this.outline.addLoose(node);
  }

  private addPreamble(b: TextBlock): void {
    this.readOwnCaption(b);
    if (!this.preamble) {
      const id = this.container === this.root ? "preamble" : `${this.container.id}/preamble`;
      this.preamble = makeNode("preamble", this.ids.claim(id));
      this.container.children.push(this.preamble);
    }
    const n = this.preamble.children.filter((c) => c.type === "paragraph").length + 1;
    const enacting = ENACTING_KEY.test(foldKey(b.text));
    // The grounds as they read, without the dash some documents print before each.
    const basisText = b.text.replace(/^[-–+•*]\s*/u, "");
    const style = enacting ? "enacting" : BASIS_KEY.test(foldKey(basisText)) ? "basis" : undefined;
    const data: LegalNode["data"] = style ? { style } : {};
    if (b.footnoteRefs?.length) data.footnoteRefs = b.footnoteRefs;
    const node = makeNode("paragraph", this.ids.claim(`${this.preamble.id}.p${n}`), {
      text: b.text,
      lines: b.lines,
      data,
    });
    this.preamble.children.push(node);
    if (style === "basis" && this.container === this.root) this.bases.push(basisOf(basisText, b.lines[0]!));
    if (enacting) this.phase = "body";
  }

  /**
   * A text issued with a decision and printed on its own ("QUY ĐỊNH …" ⏎ "(Ban hành kèm theo Quyết
   * định số 05/2006/QĐ-UBND ngày …)") has its caption first under the header: the number and date
   * it gives are the text's own, read as an appendix's caption is.
   */
  private readOwnCaption(b: TextBlock): void {
    const open = this.ownCaption;
    if (open && (open.text.match(/\(/g) ?? []).length > (open.text.match(/\)/g) ?? []).length) {
      open.text = `${open.text} ${b.text}`;
      return;
    }
    this.ownCaption = null;
    if (this.container !== this.root || this.preamble?.children.length || !isCaption(b.text)) return;
    this.ownCaption = { text: b.text, line: b.lines[0]! };
    this.captions.push(this.ownCaption);
  }

  private tableNode(b: TableBlock): LegalNode {
    return this.tables.add(b, this.container === this.root ? "" : `${this.container.id}/`);
  }

  private startAppendix(
    b: TextBlock,
    heading: { label: string; key: string | null; title: string | null },
  ): void {
    const id = this.ids.claim(heading.key ? `appendix-${heading.key}` : "appendix");
    const node = makeNode("appendix", id, { label: heading.label, title: heading.title, lines: b.lines });
    this.root.children.push(node);
    this.enter(node, `${id}/`);
    this.phase = "body";
    this.titling = { node, kind: "appendix" };
    this.appendices.push({
      id,
      label: heading.label,
      title: heading.title,
      caption: null,
      nodeId: id,
      tables: [],
    });
  }

  /** A document type alone on its line (any case), with the "kèm theo" caption within two lines. */
  private namesIssuedText(i: number): boolean {
    const b = this.blocks[i]!;
    if (b.kind !== "text" || !isTypeName(b.text)) return false;
    return this.blocks.slice(i + 1, i + 3).some((n) => n.kind === "text" && isIssuedWithCaption(n.text));
  }

  private startsAttachment(b: TextBlock): boolean {
    const role = roleOf(b.text);
    if (role === "nationalTitle" || role === "motto" || role === "partyName" || typeLine(b.text) !== null)
      return true;
    // An attachment's own header read, its type still to come: "Chương trình" in sentence case.
    return this.container.type === "attachment" && this.container.label === null && isTypeName(b.text);
  }

  /** A document issued with this one ("CHƯƠNG TRÌNH … (Kèm theo Nghị quyết số …)"). */
  private startAttachment(b: TextBlock): void {
    let node = this.container.type === "attachment" && this.container.label === null ? this.container : null;
    if (!node) {
      this.attachments++;
      node = makeNode("attachment", this.ids.claim(`attachment-${this.attachments}`));
      this.root.children.push(node);
      this.enter(node, "");
      this.phase = "closing"; // still looking for the type line and title
    }
    const named = isTypeName(b.text) ? typeFromName(b.text) : null;
    const type = typeLine(b.text) ?? (named ? { printed: b.text.trim(), code: named.code, rest: "" } : null);
    if (type) {
      node.label = type.printed;
      if (type.rest) node.title = type.rest;
      node.lines.push(...b.lines);
      this.titling = { node, kind: "attachment" };
      this.phase = "preamble";
      this.preamble = null;
    } else {
      const role = roleOf(b.text) ?? "header";
      node.children.push(
        makeNode("paragraph", this.ids.claim(`${node.id}/${role}`), {
          text: b.text,
          lines: b.lines,
          data: { style: role },
        }),
      );
    }
  }

  private enter(node: LegalNode, prefix: string): void {
    this.container = node;
    this.outline = new Outline(node, prefix, this.ids, this.report);
    this.preamble = null;
  }

  /** A caption read (or continued): titling ends once its bracket closes. */
  private captioned(t: Titling, caption: LegalNode): void {
    const text = caption.text!;
    this.captions[this.captions.length - 1]!.text = text;
    const summary = this.appendices.find((a) => a.nodeId === t.node.id);
    if (summary) summary.caption = text;
    const unclosed = (text.match(/\(/g) ?? []).length > (text.match(/\)/g) ?? []).length;
    if (unclosed && !t.openCaption) {
      t.openCaption = caption;
      return;
    }
    if (t.kind === "attachment" && !captionFacts(text).documentNumber)
      this.report.info("caption-without-number", "the attachment caption names no document number", {
        line: caption.lines[0]!,
      });
    this.titling = null;
  }

  /** Title lines and the caption under an appendix or attachment heading. */
  private continueTitle(b: TextBlock): boolean {
    const t = this.titling!;
    const open = t.openCaption;
    if (open && !matchMarkers(b.text).length && b.text.length <= CAPTION_REST) {
      open.text = `${open.text} ${b.text}`;
      open.lines = [...open.lines, ...b.lines];
      this.captioned(t, open);
      return true;
    }
    if (isCaption(b.text)) {
      const caption = makeNode("caption", this.ids.claim(`${t.node.id}/caption`), {
        text: b.text,
        lines: b.lines,
      });
      t.node.children.push(caption);
      this.captions.push({ text: b.text, line: b.lines[0]! });
      this.captioned(t, caption);
      return true;
    }
    if (matchMarkers(b.text).length) {
      this.titling = null;
      return false;
    }
    const title = t.node.title;
    // A period in brackets under the title ("(Quý I Năm 2025)") is part of it.
    const upper =
      isUpperText(b.text) || b.strong === true || (title !== null && BRACKETED_PERIOD.test(b.text.trim()));
    const takes =
      t.kind === "attachment"
        ? title === null || startsLower(b.text) || (isUpperText(title) && isUpperText(b.text))
        : (title === null && upper) || (title !== null && isUpperText(title) && upper);
    if (!takes) {
      this.titling = null;
      return false;
    }
    t.node.title = title ? `${title} ${b.text}` : b.text;
    t.node.lines.push(...b.lines);
    const summary = this.appendices.find((a) => a.nodeId === t.node.id);
    if (summary) summary.title = t.node.title;
    return true;
  }

  private takeRecipients(i: number): number {
    const { node, names, last, aside } = readRecipients(this.blocks, i, this.ids);
    this.closing.recipientsLine ??= node.lines[0]!;
    this.closing.recipients.push(...names);
    this.container.children.push(node);
    this.phase = "closing";
    // The signature column ran beside the list, or its capacity lines were never printed as text
    // (a signed copy's stamp image): its name follows the list, after "(Đã ký)" when it is printed.
    let k = last + 1;
    const passed = (b: Block) =>
      b.kind === "furniture" || (b.kind === "text" && SIGNED_MARK.test(b.text.trim()));
    while (k < this.blocks.length && k - last <= 3 && passed(this.blocks[k]!)) k++;
    const name = this.blocks[k];
    const end = name?.kind === "text" && isPersonName(name.text) ? k + 1 : last + 1;
    if (!aside.length && end === last + 1) return last;
    this.takeSignatureOf([...aside, ...this.blocks.slice(last + 1, end)]);
    return end - 1;
  }

  private takeSignature(from: number, to: number): void {
    this.takeSignatureOf(this.blocks.slice(from, to));
  }

  private takeSignatureOf(blocks: Block[]): void {
    const { nodes, signer } = readSignature(blocks, this.ids);
    this.container.children.push(...nodes);
    // The main document's last signature wins (examples come before the real one); an attachment's
    // counts only when the document has none. Of a joint document's signatures, the lead body's wins.
    const current = this.closing.signer;
    const root = this.container === this.root;
    if (!current || (root && (!this.rootSigned || !this.namesLead(current) || this.namesLead(signer)))) {
      this.closing.signer = signer;
      this.rootSigned ||= root;
    }
    this.phase = "closing";
  }

  /** A signature for the first body a joint document names ("KT. BỘ TRƯỞNG / BỘ TƯ PHÁP / …"). */
  private namesLead(signer: Signer): boolean {
    return this.leadBody !== null && foldKey(signer.capacity.join(" ")).includes(this.leadBody);
  }

  /** An unprefixed signature ("CHỦ TỊCH" then a name) only counts at the end of the main text. */
  /**
   * After the closing, a consolidated text's endnotes: "[12] Khoản này được sửa đổi …" opens one,
   * and the paragraphs it quotes go on in it until the next.
   */
  /**
   * A gazette's imprint on its back page, after the text it printed: the publisher ("VĂN PHÒNG
   * CHÍNH PHỦ XUẤT BẢN") and its short lines of address, telephones, e-mail and website. Page
   * furniture of the gazette, kept as such; a longer line after it is text again.
   */
  private takeImprint(i: number): number {
    let j = i;
    while (j < this.blocks.length) {
      const b = this.blocks[j]!;
      if (b.kind === "text" && j > i && !atMostWords(b.text, IMPRINT_WORDS)) break;
      if (b.kind !== "text" && b.kind !== "furniture") break;
      this.container.children.push(
        makeNode("pageBreak", this.ids.claim(`imprint-${b.lines[0]}`), { label: b.text, lines: b.lines }),
      );
      j++;
    }
    this.report.info(
      "gazette-imprint",
      `${j - i} line(s) of the gazette's imprint kept apart from the text`,
      {
        line: this.blocks[i]!.lines[0]!,
      },
    );
    return j - 1;
  }

  private takeEndnote(b: TextBlock): boolean {
    const m = ENDNOTE.exec(b.text);
    if (m) {
      this.endnote = makeNode("footnote", this.ids.claim(`fn-${m[1]}`), {
        label: m[1]!,
        text: b.text.slice(m[0].length).trim(),
        lines: [...b.lines],
      });
      this.container.children.push(this.endnote);
      return true;
    }
    if (!this.endnote || this.container.children.at(-1) !== this.endnote) return false;
    this.endnote.text = `${this.endnote.text}\n${b.text}`;
    this.endnote.lines.push(...b.lines);
    return true;
  }

  /**
   * The signature of a consolidated text's authentication block ("XÁC THỰC VĂN BẢN HỢP NHẤT" a few
   * lines above): the closing whatever follows it, such as a footnote's end a text export set
   * below it on the last page.
   */
  private authenticated(i: number): boolean {
    return this.blocks
      .slice(Math.max(0, i - AUTHENTICATION_LINES), i)
      .some((b) => b.kind === "text" && AUTHENTICATION_KEY.test(foldKey(b.text)));
  }

  private endsMainText(stop: number): boolean {
    // Page furniture after the name (the last page's number) does not count.
    const next = this.blocks.slice(stop).find((b) => b.kind !== "furniture");
    if (!next) return true;
    return (
      next.kind === "text" &&
      (appendixHeading(next.text) !== null ||
        this.startsAttachment(next) ||
        isRecipientsHeading(next.text) ||
        ENDNOTE.test(next.text))
    );
  }
}

/** How many blocks above a signature its authentication block may stand (issuer, title, number, date). */
const AUTHENTICATION_LINES = 6;

/** A consolidated text's endnotes after its authentication: "[1] Luật Đất đai số 31/2024/QH15 …". */
const ENDNOTE = /^\[(\d{1,3})\]\s*(?=\p{Lu})/u;
