import type { TextBlock } from "../../model/block.js";
import type { LegalNode, NodeType } from "../../model/node.js";
import type { Reporter } from "../../model/reporter.js";
import { BULLET_STYLES, FIXED_RANK, type Marker, type MarkerStyle } from "../../text/markers.js";
import { isUpperText, startsLower } from "../../text/normalize.js";
import { type IdRegistry, makeNode } from "./nodes.js";
import { SENTENCE_END, splitTitle } from "./title.js";

interface Open {
  style: MarkerStyle;
  node: LegalNode;
  ordinal: number | null;
  key: string;
}

/**
 * Styles a law numbers through the whole text: Điều 14 opens Chương II after Điều 13 closed
 * Chương I, and chapters run on over parts the same way.
 */
const RUNNING: ReadonlySet<MarkerStyle> = new Set(["article", "chapter"]);

/**
 * Builds the numbered tree inside one container (the body, an attachment, an appendix). Depth comes
 * from the order numbering styles appear: a style already open closes everything below it and adds
 * a sibling; a new style opens a child. Part, chapter, Mục and Điều keep their fixed normative ranks.
 * Duplicated, skipped or out-of-order numbers are kept as printed and reported.
 */
export class Outline {
  private stack: Open[] = [];
  private readonly ordinals = new WeakMap<LegalNode, number | null>();
  private readonly signCounts = new WeakMap<LegalNode, Map<MarkerStyle, number>>();
  /** The last number of each running style seen anywhere in the container (see RUNNING). */
  private readonly lastRunning = new Map<MarkerStyle, number>();

  constructor(
    private readonly container: LegalNode,
    /** Id prefix for the container's direct children: "" for the body, "appendix-I/" for an appendix. */
    private readonly prefix: string,
    private readonly ids: IdRegistry,
    private readonly report: Reporter,
  ) {}

  top(): LegalNode {
    return this.stack[this.stack.length - 1]?.node ?? this.container;
  }

  /** True once a numbered node has been added. */
  started = false;

  addMarked(block: TextBlock, candidates: Marker[]): LegalNode {
    this.started = true;
    const marker = this.choose(candidates);
    let previous: Open | null = null;
    const rank = FIXED_RANK[marker.style];
    if (rank !== undefined) {
      const k = this.stack.findIndex(
        (o) => FIXED_RANK[o.style] === undefined || FIXED_RANK[o.style]! >= rank,
      );
      if (k >= 0) {
        previous = this.stack[k]!.style === marker.style ? this.stack[k]! : null;
        this.stack.length = k;
      }
    } else {
      const k = this.stack.findIndex((o) => o.style === marker.style);
      if (k >= 0) {
        previous = this.stack[k]!;
        this.stack.length = k;
      }
    }
    if (!previous) previous = this.lastChildOfStyle(marker.style);
    this.checkSequence(marker, previous, block.lines[0]!);
    if (RUNNING.has(marker.style) && marker.ordinal !== null)
      this.lastRunning.set(marker.style, marker.ordinal);

    const parent = this.top();
    const { title, text } = splitTitle(marker.rest);
    const data: LegalNode["data"] = { style: marker.style };
    if (block.footnoteRefs?.length) data.footnoteRefs = shiftRefs(block, marker, title, text);
    if (block.strong) data.strong = true;
    const node = makeNode(this.typeOf(marker.style), this.ids.claim(this.idFor(parent, marker)), {
      label: marker.label,
      title,
      text,
      lines: block.lines,
      data,
    });
    parent.children.push(node);
    this.ordinals.set(node, marker.ordinal);
    this.stack.push({ style: marker.style, node, ordinal: marker.ordinal, key: marker.key });
    return node;
  }

  /** Unnumbered text: a wrapped heading's continuation, or a paragraph of the nearest numbered node. */
  addParagraph(block: TextBlock): LegalNode {
    const top = this.stack[this.stack.length - 1];
    if (top && this.continuesHeading(top, block)) {
      top.node.title = top.node.title ? `${top.node.title} ${block.text}` : block.text;
      top.node.lines.push(...block.lines);
      return top.node;
    }
    // Bullets end at the first unnumbered paragraph: it belongs to the node that holds the bullets.
    while (this.stack.length && BULLET_STYLES.has(this.stack[this.stack.length - 1]!.style)) this.stack.pop();
    const parent = this.top();
    return this.addChild(parent, "paragraph", "p", block);
  }

  /** Whether a marker is the next number of a numbering still open: text that goes on after it. */
  continues(marker: Marker): boolean {
    return (
      marker.ordinal !== null &&
      this.stack.some(
        (o) => o.style === marker.style && o.ordinal !== null && o.ordinal + 1 === marker.ordinal,
      )
    );
  }

  /**
   * Whether a dotted number is the next one after an open item of the same parent ("7.4." after
   * "7.3."): a sequence quoted text does not reproduce by chance, unlike "4." after "3.".
   */
  continuesDotted(marker: Marker): boolean {
    const m = /^(.+)\.(\d+)$/.exec(marker.key);
    return !!m && this.stack.some((o) => o.style === marker.style && o.key === `${m[1]}.${Number(m[2]) - 1}`);
  }

  /**
   * Text an amendment quotes ("Sửa đổi Điều 15 như sau: “Điều 15. …”"): content of the clause that
   * quotes it, never the amending document's own articles, whatever numbering it prints.
   */
  addQuoted(block: TextBlock): LegalNode {
    const node = this.addChild(this.top(), "paragraph", "q", block);
    node.data = { ...node.data, style: "quoted" };
    return node;
  }

  /** A node that does not take part in numbering (table, footnote, page furniture). */
  addLoose(node: LegalNode): void {
    this.top().children.push(node);
  }

  addChild(parent: LegalNode, type: NodeType, segment: string, block: TextBlock): LegalNode {
    const n = parent.children.filter((c) => c.type === type).length + 1;
    const base = parent === this.container ? `${this.prefix}${segment}${n}` : `${parent.id}.${segment}${n}`;
    const data: LegalNode["data"] = {};
    if (block.footnoteRefs?.length) data.footnoteRefs = block.footnoteRefs;
    if (block.strong) data.strong = true;
    const node = makeNode(type, this.ids.claim(base), { text: block.text, lines: block.lines, data });
    parent.children.push(node);
    return node;
  }

  /**
   * "PHẦN THỨ NHẤT" then an upper-case line: the part's title, possibly wrapped over lines. A bare
   * part, chapter or mục always has a title next: one in sentence case is its title too.
   */
  private continuesHeading({ node, style }: Open, block: TextBlock): boolean {
    // A page break between "Chương 13." and its title leaves the heading open.
    if (node.text !== null || node.children.some((c) => c.type !== "pageBreak")) return false;
    const heading = isUpperText(block.text) || (block.strong === true && node.data?.strong === true);
    if (node.title === null)
      return (
        heading || (block.strong === true && !startsLower(block.text)) || namesDivision(style, block.text)
      );
    return isUpperText(node.title) && isUpperText(block.text);
  }

  /** Of several readings ("C." letter or Roman), the one that continues an open sequence. */
  private choose(candidates: Marker[]): Marker {
    for (const c of candidates) {
      const open = this.stack.find((o) => o.style === c.style) ?? this.lastChildOfStyle(c.style);
      if (open && open.ordinal !== null && c.ordinal === open.ordinal + 1) return c;
    }
    return candidates.find((c) => c.ordinal === 1) ?? candidates[0]!;
  }

  private lastChildOfStyle(style: MarkerStyle): Open | null {
    const parent = this.top();
    for (let i = parent.children.length - 1; i >= 0; i--) {
      const c = parent.children[i]!;
      if (c.data?.style === style)
        return { style, node: c, ordinal: this.ordinals.get(c) ?? null, key: c.label ?? "" };
    }
    return null;
  }

  private checkSequence(marker: Marker, previous: Open | null, line: number): void {
    if (marker.ordinal === null) return;
    const expected = previous?.ordinal != null ? previous.ordinal + 1 : 1;
    if (marker.ordinal === expected) return;
    // The first article of a chapter (the first chapter of a part) goes on from the one before it.
    const running = previous ? undefined : this.lastRunning.get(marker.style);
    if (running !== undefined && marker.ordinal === running + 1) return;
    const what = `${marker.label}`;
    // An amending law inserts "Điều 16a", "Điều 16b" after "Điều 16" (a consolidated text prints them):
    // the same number with a letter of its own is no repeat.
    const inserted = (label: string | null | undefined) => /\d([a-zđ])\W*$/u.exec(label ?? "")?.[1];
    if (
      previous &&
      marker.ordinal === previous.ordinal &&
      inserted(marker.label) !== inserted(previous.node.label)
    )
      return;
    if (previous && marker.ordinal === previous.ordinal) {
      this.report.warn("numbering-duplicate", `${what} repeats the number before it; both are kept`, {
        line,
      });
    } else if (marker.ordinal > expected) {
      const after = previous ? `after ${previous.node.label}` : "as the first of its list";
      this.report.warn("numbering-gap", `${what} comes ${after}: number(s) skipped`, { line });
    } else {
      this.report.warn("numbering-out-of-order", `${what} comes after ${previous?.node.label ?? "nothing"}`, {
        line,
      });
    }
  }

  private insideArticle(): boolean {
    return this.stack.some((o) => o.style === "article");
  }

  private typeOf(style: MarkerStyle): NodeType {
    switch (style) {
      case "part":
        return "part";
      case "chapter":
        return "chapter";
      case "article":
        return "article";
      case "mucSection":
      case "roman":
      case "upperLetter":
        return "section";
      case "letter":
        return "point";
      case "decimal":
      case "decimal2":
      case "decimal3":
      case "decimal4":
        return this.insideArticle() ? "clause" : "item";
      case "romanDecimal":
      case "decimalParen":
      case "parenNumber":
        return "item";
      case "dash":
      case "plus":
      case "star":
        return "bullet";
    }
  }

  private idFor(parent: LegalNode, marker: Marker): string {
    let segment: string;
    switch (marker.style) {
      case "part":
        segment = `part-${marker.key}`;
        break;
      case "chapter":
        segment = `chapter-${marker.key}`;
        break;
      case "mucSection":
        segment = `muc-${marker.key}`;
        break;
      case "article":
        // Articles are numbered through the whole text: "Điều 14" is art-14 whatever chapter holds it.
        return `${this.prefix}art-${marker.key}`;
      case "dash":
      case "plus":
      case "star": {
        const sign = marker.style === "plus" ? "+" : "-";
        // Counted as they are added: filtering the siblings each time made long lists quadratic.
        const counts = this.signCounts.get(parent) ?? new Map<MarkerStyle, number>();
        const n = (counts.get(marker.style) ?? 0) + 1;
        counts.set(marker.style, n);
        this.signCounts.set(parent, counts);
        return parent === this.container ? `${this.prefix}${sign}${n}` : `${parent.id}${sign}${n}`;
      }
      default:
        segment = marker.key;
    }
    if (parent === this.container) return `${this.prefix}${segment}`;
    // "1.2" under "1": the address reads "II.1.2", not "II.1.1.2".
    const parentKey = parent.data?.style?.startsWith("decimal") ? keyOf(parent) : null;
    if (parentKey && segment.startsWith(`${parentKey}.`)) segment = segment.slice(parentKey.length + 1);
    return `${parent.id}.${segment}`;
  }
}

function keyOf(node: LegalNode): string {
  return (node.label ?? "").replace(/[.)]$/, "");
}

/**
 * Footnote offsets are relative to the block text; a node's are relative to its `text` (or to its
 * `title`, marked so, when the marker stands in the heading).
 */
function shiftRefs(
  block: TextBlock,
  marker: Marker,
  title: string | null,
  text: string | null,
): { label: string; offset: number; field?: "title" }[] {
  const restStart = block.text.length - marker.rest.length;
  const textStart = text !== null ? restStart + marker.rest.lastIndexOf(text) : Infinity;
  return (block.footnoteRefs ?? []).map((r) =>
    r.offset >= textStart || title === null
      ? { label: r.label, offset: Math.max(0, r.offset - (text !== null ? textStart : restStart)) }
      : {
          label: r.label,
          offset: Math.max(0, Math.min(r.offset - restStart, title.length)),
          field: "title" as const,
        },
  );
}

/**
 * The line under a bare "Chương II" when it is not upper case: a transcription's sentence case, or
 * a TCVN3 capital font (.VnTimeH) whose capitals came out small ("Những quy định chung"). A title,
 * not a sentence: no closing punctuation, and not opening in lower case.
 */
function namesDivision(style: MarkerStyle, text: string): boolean {
  const rank = FIXED_RANK[style];
  return (
    rank !== undefined &&
    rank < FIXED_RANK.article! &&
    text.length <= 200 &&
    /\p{L}{2}/u.test(text) &&
    !startsLower(text) &&
    !SENTENCE_END.test(text)
  );
}
