import { z } from "zod";
import type { Block, Blocks, TableBlock, TextBlock } from "../../model/block.js";
import type { AppendixSummary } from "../../model/document.js";
import type { Basis, Metadata, Signer } from "../../model/metadata.js";
import type { LegalNode } from "../../model/node.js";
import type { Reporter } from "../../model/reporter.js";
import type { Stage } from "../../model/stage.js";
import { foldKey } from "../../text/fold.js";
import { ENACTING_KEY } from "../../text/formulas.js";
import { matchMarkers } from "../../text/markers.js";
import { isUpperText, startsLower } from "../../text/normalize.js";
import { appendixHeading } from "./appendix.js";
import { captionFacts, isCaption } from "./captions.js";
import { basisOf } from "./citations.js";
import { authorityOf, isPersonName, isRecipientsHeading, recipientName, signatureEnd } from "./closing.js";
import { parseHeader, roleOf, typeLine } from "./header.js";
import { buildMetadata } from "./metadata.js";
import { fixPositions, IdRegistry, makeNode } from "./nodes.js";
import { Outline } from "./outline.js";

export const StructureOptions = z.object({});
export type StructureOptions = z.infer<typeof StructureOptions>;

export interface Structured {
  metadata: Metadata;
  body: LegalNode;
  appendices: AppendixSummary[];
  /** Each table node's grid as read, by node id: the tables stage types these rows. Not serialised. */
  grids: ReadonlyMap<string, TableBlock>;
}

/**
 * structure: blocks → metadata and a lossless legal tree. Every block lands in exactly one node:
 * header, preamble, numbered body, closing (recipients, signature), attachments issued with the
 * document, appendices; text it cannot place goes to an `unassigned` node with a diagnostic.
 */
export const structureStage: Stage<Blocks, Structured, StructureOptions> = {
  id: "structure",
  version: "1.0.0",
  options: StructureOptions,
  run(input, _options, { report }) {
    return new Builder(input.blocks, report).build();
  },
};

type Phase = "preamble" | "body" | "closing";

class Builder {
  private readonly ids = new IdRegistry();
  private readonly root: LegalNode;
  private outline: Outline;
  private container: LegalNode;
  private phase: Phase = "preamble";
  private preamble: LegalNode | null = null;
  /** The container whose title lines (and caption) are still being read. */
  private titling: { node: LegalNode; kind: "appendix" | "attachment" } | null = null;
  private readonly bases: Basis[] = [];
  private readonly captions: { text: string; line: number }[] = [];
  private readonly appendices: AppendixSummary[] = [];
  private signer: Signer | null = null;
  private recipients: string[] = [];
  private recipientsLine: number | null = null;
  private attachments = 0;
  private readonly tableCounts = new Map<string, number>();
  private readonly grids = new Map<string, TableBlock>();

  constructor(
    private readonly blocks: Block[],
    private readonly report: Reporter,
  ) {
    this.root = makeNode("document", this.ids.claim("document"));
    this.container = this.root;
    this.outline = new Outline(this.root, "", this.ids, report);
  }

  build(): Structured {
    const { node: header, next, fields } = parseHeader(this.blocks, this.ids);
    if (header) this.root.children.push(header);
    else
      this.report.warn("header-missing", "the document starts without a header (quốc hiệu, số, tên loại)", {
        line: this.blocks[0]?.lines[0] ?? null,
      });
    for (let i = next; i < this.blocks.length; i++) i = this.place(i);
    fixPositions(this.root);
    const metadata = buildMetadata(
      fields,
      this.captions,
      this.bases,
      { signer: this.signer, recipients: this.recipients, recipientsLine: this.recipientsLine },
      this.root,
      this.report,
    );
    return { metadata, body: this.root, appendices: this.appendices, grids: this.grids };
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
    const heading = appendixHeading(text);
    if (heading) {
      this.startAppendix(b, heading);
      return i;
    }
    if (this.titling && this.continueTitle(b)) return i;

    if (this.phase === "closing" && this.startsAttachment(b)) {
      this.startAttachment(b);
      return i;
    }
    if (isRecipientsHeading(text)) return this.takeRecipients(i);
    const signatureStop = this.phase !== "preamble" || authorityOf(text) ? signatureEnd(this.blocks, i) : -1;
    if (
      signatureStop > i &&
      (this.phase === "closing" || authorityOf(text) || this.endsMainText(signatureStop))
    ) {
      this.takeSignature(i, signatureStop);
      return signatureStop - 1;
    }
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
    if (markers.length) {
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
    if (!this.preamble) {
      const id = this.container === this.root ? "preamble" : `${this.container.id}/preamble`;
      this.preamble = makeNode("preamble", this.ids.claim(id));
      this.container.children.push(this.preamble);
    }
    const n = this.preamble.children.filter((c) => c.type === "paragraph").length + 1;
    const enacting = ENACTING_KEY.test(foldKey(b.text));
    const style = enacting ? "enacting" : /^can cu\b/.test(foldKey(b.text)) ? "basis" : undefined;
    const data: LegalNode["data"] = style ? { style } : {};
    if (b.footnoteRefs?.length) data.footnoteRefs = b.footnoteRefs;
    const node = makeNode("paragraph", this.ids.claim(`${this.preamble.id}.p${n}`), {
      text: b.text,
      lines: b.lines,
      data,
    });
    this.preamble.children.push(node);
    if (style === "basis" && this.container === this.root) this.bases.push(basisOf(b.text, b.lines[0]!));
    if (enacting) this.phase = "body";
  }

  private tableNode(b: TableBlock): LegalNode {
    // Tables are numbered through their container (an appendix may hold several under its headings).
    const prefix = this.container === this.root ? "" : `${this.container.id}/`;
    const n = (this.tableCounts.get(prefix) ?? 0) + 1;
    this.tableCounts.set(prefix, n);
    const rows = b.rows.map((r) => r.cells.map((c) => c.text));
    const refs = b.rows.flatMap((r) =>
      r.cells.flatMap((c) =>
        (c.footnoteRefs ?? []).map((f) => ({
          label: f.label,
          offset: f.offset,
          field: "table" as const,
          line: c.lines[0]!,
        })),
      ),
    );
    const data: NonNullable<LegalNode["data"]> = { rows, style: b.layout };
    if (refs.length) data.footnoteRefs = refs;
    const node = makeNode("table", this.ids.claim(`${prefix}table-${n}`), { lines: b.lines, data });
    this.grids.set(node.id, b);
    return node;
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

  private startsAttachment(b: TextBlock): boolean {
    const role = roleOf(b.text);
    return role === "nationalTitle" || role === "motto" || role === "partyName" || typeLine(b.text) !== null;
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
    const type = typeLine(b.text);
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

  /** Title lines and the caption under an appendix or attachment heading. */
  private continueTitle(b: TextBlock): boolean {
    const t = this.titling!;
    if (isCaption(b.text)) {
      t.node.children.push(
        makeNode("caption", this.ids.claim(`${t.node.id}/caption`), { text: b.text, lines: b.lines }),
      );
      this.captions.push({ text: b.text, line: b.lines[0]! });
      const summary = this.appendices.find((a) => a.nodeId === t.node.id);
      if (summary) summary.caption = b.text;
      if (t.kind === "attachment" && !captionFacts(b.text).documentNumber)
        this.report.info("caption-without-number", "the attachment caption names no document number", {
          line: b.lines[0]!,
        });
      this.titling = null;
      return true;
    }
    if (matchMarkers(b.text).length) {
      this.titling = null;
      return false;
    }
    const title = t.node.title;
    const upper = isUpperText(b.text) || b.strong === true;
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
    const head = this.blocks[i] as TextBlock;
    const node = makeNode("recipients", this.ids.claim("recipients"), {
      label: "Nơi nhận",
      lines: head.lines,
    });
    this.recipientsLine ??= head.lines[0]!;
    const inline = head.text.replace(/^[^:]*:\s*/, "");
    if (inline && inline !== head.text)
      this.recipients.push(
        ...inline
          .split(/\s*[;]\s*-\s*/)
          .map(recipientName)
          .filter(Boolean),
      );
    let j = i + 1;
    for (; j < this.blocks.length; j++) {
      const b = this.blocks[j]!;
      // A page number between two recipients (the list runs over a page break) does not end it.
      if (
        b.kind === "furniture" &&
        this.blocks[j + 1]?.kind === "text" &&
        /^[-–+•]/.test((this.blocks[j + 1] as TextBlock).text)
      ) {
        node.children.push(
          makeNode("pageBreak", this.ids.claim(`page-${b.text}`), { label: b.text, lines: b.lines }),
        );
        continue;
      }
      if (b.kind !== "text" || !/^[-–+•]/.test(b.text)) break;
      node.children.push(
        makeNode(
          "bullet",
          this.ids.claim(`recipients-${node.children.filter((c) => c.type === "bullet").length + 1}`),
          { label: "-", text: recipientName(b.text), lines: b.lines },
        ),
      );
      this.recipients.push(recipientName(b.text));
    }
    this.container.children.push(node);
    this.phase = "closing";
    return j - 1;
  }

  private takeSignature(from: number, to: number): void {
    const all = this.blocks.slice(from, to);
    // Page numbers inside the signature (it ran over a page break) stay page furniture.
    for (const b of all)
      if (b.kind === "furniture")
        this.container.children.push(
          makeNode("pageBreak", this.ids.claim(`page-${b.text}`), { label: b.text, lines: b.lines }),
        );
    const blocks = all.filter((b): b is TextBlock => b.kind === "text");
    const node = makeNode("signature", this.ids.claim("signature"), {
      lines: blocks.flatMap((b) => b.lines),
    });
    const nameBlock = blocks.find((b) => isPersonName(b.text)) ?? null;
    const capacity: string[] = [];
    let authority: string | null = null;
    for (const b of blocks) {
      if (b === nameBlock) continue;
      const a = authorityOf(b.text);
      if (a && authority === null) {
        authority = a.authority;
        capacity.push(b.text);
      } else capacity.push(b.text);
    }
    node.text = blocks.map((b) => b.text).join("\n");
    node.title = nameBlock?.text ?? null;
    this.container.children.push(node);
    if (this.container === this.root || !this.signer) {
      this.signer = { authority, capacity, name: nameBlock?.text ?? null, line: blocks[0]!.lines[0]! };
    }
    this.phase = "closing";
  }

  /** An unprefixed signature ("CHỦ TỊCH" then a name) only counts at the end of the main text. */
  private endsMainText(stop: number): boolean {
    const next = this.blocks[stop];
    if (!next) return true;
    return (
      next.kind === "text" &&
      (appendixHeading(next.text) !== null || this.startsAttachment(next) || isRecipientsHeading(next.text))
    );
  }
}
