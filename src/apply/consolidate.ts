import { APPLY_SCHEMA_VERSION, type AppliedChange, type ApplyReport } from "../model/apply.js";
import type { LegalDocument } from "../model/document.js";
import type { LegalNode } from "../model/node.js";
import { findInstructions, type Instruction } from "./instructions.js";
import { numberOf, quotedNodes } from "./quoted.js";
import { formatRef, type Ref } from "./references.js";

interface Found {
  node: LegalNode;
  parent: LegalNode;
}

const LEVELS = [
  ["article", "article"],
  ["clause", "clause"],
  ["point", "point"],
] as const;

/** The node a reference names in the tree, with its parent; null when the base has no such place. */
function locate(body: LegalNode, ref: Ref): Found | null {
  let scope: Found = { node: body, parent: body };
  for (const [key, type] of LEVELS) {
    const want = ref[key];
    if (!want) break;
    const hit = findUnder(scope.node, type, want);
    if (!hit) return null;
    scope = hit;
  }
  return scope.node === body ? null : scope;
}

/** The first node of `type` numbered `want` under `root`, not descending into another of its kind. */
function findUnder(root: LegalNode, type: string, want: string): Found | null {
  for (const c of root.children) {
    if (c.type === type) {
      if (numberOf(c.label) === want) return { node: c, parent: root };
      continue;
    }
    // Articles sit in chapters and sections; clauses and points sit right under their parent.
    if (type === "article" || c.type === "paragraph") {
      const deeper = findUnder(c, type, want);
      if (deeper) return deeper;
    }
  }
  return null;
}

/** The places of a list the base holds, and a sentence naming those it lacks ("" when none). */
function placesOf(body: LegalNode, refs: Ref[]): { found: Found[]; missing: string } {
  const found: Found[] = [];
  const missing: Ref[] = [];
  for (const r of refs) {
    const f = locate(body, r);
    if (f) found.push(f);
    else missing.push(r);
  }
  return {
    found,
    missing: missing.length ? `${missing.map(formatRef).join(", ")}: not in the base document` : "",
  };
}

/** Done where the base holds the places; those it lacks are said, not guessed. */
function done(places: { found: Found[]; missing: string }): { nodes: string[]; partly?: string } {
  return { nodes: places.found.map((f) => f.node.id), ...(places.missing ? { partly: places.missing } : {}) };
}

/**
 * Replaces a phrase in a subtree, whole words only and ignoring case: a transcription that prints
 * "Bộ nông nghiệp và môi trường" still holds the phrase the amendment names.
 */
function replaceIn(node: LegalNode, from: string, to: string): number {
  let count = 0;
  const escaped = from
    .normalize("NFC")
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/\s+/g, "\\s+");
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "giu");
  const swap = (s: string | null): string | null => {
    if (s === null) return s;
    const before = count;
    const out = s.normalize("NFC").replace(re, () => {
      count++;
      return to;
    });
    // Text the phrase does not occur in stays byte for byte as it was.
    return count > before ? out : s;
  };
  const walk = (n: LegalNode): void => {
    n.title = swap(n.title);
    n.text = swap(n.text);
    n.children.forEach(walk);
  };
  walk(node);
  return count;
}

/**
 * Applies one instruction to the tree in place; returns the ids it made or touched, or the reason
 * it could not be applied (the tree is then unchanged).
 */
function applyOne(
  body: LegalNode,
  ins: Instruction,
  prefix: string,
): { nodes: string[]; partly?: string } | { reason: string } {
  if (ins.kind === "unknown") return { reason: ins.reason ?? "the instruction could not be read" };
  if (ins.kind === "replacePhrase" || ins.kind === "removePhrase") {
    const { from, to } = ins.phrase!;
    const places = ins.targets.length
      ? placesOf(body, ins.targets)
      : { found: [{ node: body, parent: body }], missing: "" };
    if (!places.found.length) return { reason: places.missing };
    const n = places.found.reduce((sum, f) => sum + replaceIn(f.node, from, to ?? ""), 0);
    if (!n) return { reason: `“${from}” does not occur where the instruction says` };
    return done(places);
  }
  if (ins.kind === "repeal") {
    const places = placesOf(body, ins.targets);
    if (!places.found.length) return { reason: places.missing };
    for (const f of places.found) f.parent.children.splice(f.parent.children.indexOf(f.node), 1);
    return done(places);
  }
  if (!ins.quoted.length) return { reason: "no quoted text to put in" };
  if (ins.kind === "replaceTitle") {
    const f = ins.targets[0] && locate(body, ins.targets[0]);
    if (!f) return { reason: `${ins.targets.map(formatRef).join(", ")}: not in the base document` };
    f.node.title = ins.quoted.join(" ").replace(/^(Điều|ĐIỀU)\s+\d+[a-zđ]?\.\s*/u, "");
    return { nodes: [f.node.id] };
  }
  if (ins.kind === "insert") {
    const anchor = ins.anchor!;
    const at = locate(body, anchor.ref);
    if (!at) return { reason: `${formatRef(anchor.ref)}: not in the base document` };
    const made = quotedNodes(ins.quoted, prefix, at.node.position);
    const already = ins.targets.filter((t) => locate(body, t));
    if (already.length)
      return { reason: `${already.map(formatRef).join(", ")}: already in the base document` };
    if (anchor.where === "end") at.node.children.push(...made);
    else {
      const k = at.parent.children.indexOf(at.node);
      at.parent.children.splice(anchor.where === "after" ? k + 1 : k, 0, ...made);
    }
    return { nodes: made.map((m) => m.id) };
  }
  // replace: each named place by the quoted item of the same number, or the one place by all of it.
  const found = ins.targets.map((t) => locate(body, t));
  const missing = ins.targets.filter((_t, k) => !found[k]);
  if (missing.length) return { reason: `${missing.map(formatRef).join(", ")}: not in the base document` };
  const made = quotedNodes(ins.quoted, prefix, found[0]!.node.position);
  const pairs: [Found, LegalNode[]][] = [];
  if (found.length === 1) pairs.push([found[0]!, made]);
  else
    for (const f of found as Found[]) {
      const same = made.filter((m) => numberOf(m.label) === numberOf(f.node.label));
      if (same.length !== 1)
        return { reason: `the quoted text has no single item ${f.node.label ?? ""} to put in` };
      pairs.push([f, same]);
    }
  for (const [f, nodes] of pairs) {
    const first = nodes[0];
    // Quoted words without a number of their own replace the place's words and keep its number.
    if (first && first.type === "paragraph") {
      f.node.text = nodes.map((n) => n.text).join(" ");
      f.node.title = null;
      f.node.children = [];
      continue;
    }
    f.parent.children.splice(f.parent.children.indexOf(f.node), 1, ...nodes);
  }
  return { nodes: made.map((m) => m.id) };
}

export interface Consolidated {
  document: LegalDocument;
  report: ApplyReport;
}

/**
 * The base document with every amending document's instructions applied in order: the consolidated
 * text (văn bản hợp nhất) as a document.json that `vanban diff` reads, and the provenance of each
 * change. An instruction the tool cannot apply — a place the base does not hold, a text it cannot
 * read — is reported with its reason and leaves the text as it was; nothing is guessed.
 */
export function consolidate(base: LegalDocument, amending: LegalDocument[]): Consolidated {
  const document = structuredClone(base);
  const changes: AppliedChange[] = [];
  amending.forEach((doc, d) => {
    const name = doc.metadata.documentNumber ?? doc.source.path;
    findInstructions(doc).forEach((ins, k) => {
      const applied = applyOne(document.body, ins, `amend-${d + 1}.${k + 1}`);
      // Chương, Mục, Phụ lục a list names are left as they are, and said so.
      const skipped = ins.unsupported?.length
        ? `${ins.unsupported.join(", ")}: places other than Điều, khoản and điểm are not applied yet`
        : "";
      const r =
        "reason" in applied || !skipped
          ? applied
          : { ...applied, partly: [applied.partly, skipped].filter(Boolean).join("; ") };
      changes.push({
        amending: name,
        at: ins.at.address,
        line: ins.at.line,
        instruction: ins.at.text,
        kind: ins.kind,
        targets: ins.targets.map(formatRef),
        ...("reason" in r
          ? { status: "notApplied" as const, reason: r.reason }
          : r.partly
            ? { status: "partlyApplied" as const, reason: r.partly, nodes: r.nodes }
            : { status: "applied" as const, nodes: r.nodes }),
      });
    });
  });
  const ref = (d: LegalDocument) => ({
    path: d.source.path,
    sha256: d.source.sha256,
    number: d.metadata.documentNumber,
  });
  const applied = changes.filter((c) => c.status === "applied").length;
  const partly = changes.filter((c) => c.status === "partlyApplied").length;
  return {
    document,
    report: {
      schemaVersion: APPLY_SCHEMA_VERSION,
      base: ref(base),
      amending: amending.map(ref),
      summary: {
        instructions: changes.length,
        applied,
        partlyApplied: partly,
        notApplied: changes.length - applied - partly,
      },
      changes,
    },
  };
}
