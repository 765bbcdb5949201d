import type { Basis, FieldSource, Metadata, Signer } from "../../model/metadata.js";
import type { LegalNode } from "../../model/node.js";
import type { Reporter } from "../../model/reporter.js";
import { TYPE_PRINTED_NAME } from "../../text/document-types.js";
import { parseDocumentNumber } from "../../text/document-number.js";
import { readAddressees } from "./addressees.js";
import { authenticationFacts } from "./authentication.js";
import { captionFacts } from "./captions.js";
import { collectCitations } from "./citations.js";
import type { HeaderFields } from "./header.js";
import { walk } from "./nodes.js";
import { parseDate } from "../../text/dates.js";

const ADOPTED =
  /(?:thông qua|ký ban hành|ban hành)(?:\s+vào|\s+(?:tại|trong)\s[^.;]{1,60}?)?\s+(ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|ngày\s+\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4})/u;

/** The date of adoption in the last paragraphs of the main text, before the closing. */
function closingSentenceDate(root: LegalNode): { iso: string; line: number } | null {
  const main: LegalNode[] = [];
  for (const node of walk(root)) {
    if (
      node.type === "recipients" ||
      node.type === "signature" ||
      node.type === "attachment" ||
      node.type === "appendix"
    )
      break;
    if (node.text && node.type !== "footnote") main.push(node);
  }
  for (const node of main.slice(-3).reverse()) {
    const m = ADOPTED.exec(node.text!);
    const iso = m ? parseDate(m[1]!) : null;
    if (iso) return { iso, line: node.lines[node.lines.length - 1] ?? node.position.start.line };
  }
  return null;
}

export interface Closing {
  signer: Signer | null;
  recipients: string[];
  recipientsLine: number | null;
}

/**
 * Metadata from the header first; a field the header does not print is taken from a caption
 * ("Kèm theo Nghị quyết số … ngày … của …") when one gives it, with its source recorded. Anything
 * else stays null with a diagnostic: never a default, never the first date found in the body.
 */
export function buildMetadata(
  fields: HeaderFields,
  front: HeaderFields,
  captions: { text: string; line: number }[],
  bases: Basis[],
  closing: Closing,
  root: LegalNode,
  report: Reporter,
): Metadata {
  const sources: Record<string, FieldSource> = {};
  const fromHeader = <T>(name: string, f: { value: T; line: number } | undefined): T | null => {
    if (!f) return null;
    sources[name] ??= { via: "header", line: f.line };
    return f.value;
  };
  // A title line or a portal's properties fill what the header leaves out, and must agree with it.
  const title = (name: "documentType" | "documentNumber" | "issuer" | "issuedOn" | "subject") => {
    const f = front[name];
    if (f && !fields[name]) {
      (fields as Record<string, unknown>)[name] = f;
      sources[name] = { via: "title", line: f.line };
    }
  };
  if (
    front.documentNumber &&
    fields.documentNumber &&
    front.documentNumber.value !== fields.documentNumber.value
  )
    report.warn(
      "title-mismatch",
      `the title names ${front.documentNumber.value}, the header ${fields.documentNumber.value}`,
      { line: front.documentNumber.line },
    );
  // A portal's title names a letter "Công văn …"; the letter itself prints no tên loại ("V/v" under
  // its number), so documentType stays null and the code says what it is.
  const letterTitled = fields.letter === true && front.documentType?.value.code === "officialLetter";
  for (const name of ["documentType", "documentNumber", "issuer", "issuedOn", "subject"] as const)
    if (name !== "documentType" || !letterTitled) title(name);
  let documentNumber = fromHeader("documentNumber", fields.documentNumber);
  let issuedOn = fromHeader("issuedOn", fields.issuedOn);
  let issuer = fromHeader("issuer", fields.issuer);
  const type = fromHeader("documentType", fields.documentType);
  let documentType = type?.printed ?? null;
  let documentTypeCode = type?.code ?? (fields.letter ? "officialLetter" : null);

  // A file that is one appendix and nothing else may say what its document is about only there.
  let captionSubject: { value: string; src: FieldSource } | null = null;
  for (const caption of captions) {
    const facts = captionFacts(caption.text);
    const src: FieldSource = { via: "caption", line: caption.line };
    if (
      facts.documentNumber &&
      documentNumber &&
      facts.documentNumber !== documentNumber &&
      sources.documentNumber?.via === "header"
    ) {
      report.warn(
        "metadata-conflict",
        `caption names ${facts.documentNumber}, the header ${documentNumber}`,
        { line: caption.line },
      );
    }
    if (!documentNumber && facts.documentNumber)
      [documentNumber, sources.documentNumber] = [facts.documentNumber, src];
    if (!issuedOn && facts.issuedOn) [issuedOn, sources.issuedOn] = [facts.issuedOn, src];
    if (!issuer && facts.issuer) [issuer, sources.issuer] = [facts.issuer, src];
    if (!captionSubject && facts.subject) captionSubject = { value: facts.subject, src };
    // The type's code only: documentType is the tên loại as printed, and a file that is only an
    // appendix prints none ("(Kèm theo Nghị định số …)" names the type of another text).
    if (!documentTypeCode && facts.typeCode) {
      documentTypeCode = facts.typeCode;
      sources.documentType = src;
    }
  }

  // No tên loại printed or read (a scan's stamp over it): the number's type abbreviation names the
  // type ("1360/QĐ-TTg" is a decision), as a caption's number does.
  if (!documentTypeCode && documentNumber) {
    const code = parseDocumentNumber(documentNumber)?.typeCode ?? null;
    if (code && code !== "other") {
      documentTypeCode = code;
      documentType = TYPE_PRINTED_NAME[code];
      if (documentType) sources.documentType = sources.documentNumber!;
    }
  }

  // A consolidated text's number and date stand in its authentication block, above the signature.
  const authentication = documentNumber && issuedOn ? null : authenticationFacts(root);
  if (authentication) {
    const src: FieldSource = { via: "closing", line: authentication.line };
    if (!documentNumber && authentication.documentNumber)
      [documentNumber, sources.documentNumber] = [authentication.documentNumber, src];
    if (!issuedOn && authentication.issuedOn) [issuedOn, sources.issuedOn] = [authentication.issuedOn, src];
  }

  // "Luật này đã được Quốc hội … thông qua ngày 30 tháng 11 năm 2024": the closing sentence dates
  // texts whose header prints no date.
  if (!issuedOn) {
    const closingDate = closingSentenceDate(root);
    if (closingDate)
      [issuedOn, sources.issuedOn] = [closingDate.iso, { via: "closing", line: closingDate.line }];
  }

  let subject = unquoted(fromHeader("subject", fields.subject));
  if (!subject && captionSubject) [subject, sources.subject] = [captionSubject.value, captionSubject.src];
  let place = fromHeader("place", fields.place);
  if (!place && authentication?.place)
    [place, sources.place] = [authentication.place, { via: "closing", line: authentication.line }];
  const missing: [string, unknown, "warn" | "info"][] = [
    // An official letter prints no tên loại: its form has none, so its absence is no defect.
    ["documentType", documentType, documentTypeCode === "officialLetter" ? "info" : "warn"],
    ["documentNumber", documentNumber, fields.numberless ? "info" : "warn"],
    ["issuer", issuer, "warn"],
    ["issuedOn", issuedOn, "warn"],
    ["subject", subject, "warn"],
    ["place", place, "info"],
    ["signer", closing.signer, "info"],
  ];
  for (const [name, value, level] of missing) {
    if (value === null)
      report[level]("metadata-missing", `${name} is not printed in the header, a caption or the closing`, {});
  }
  if (closing.recipientsLine === null)
    report.info("metadata-missing", "recipients (Nơi nhận) are not printed", {});
  if (closing.signer) sources.signer = { via: "signature", line: closing.signer.line };
  if (closing.recipientsLine !== null)
    sources.recipients = { via: "signature", line: closing.recipientsLine };
  if (bases.length) sources.bases = { via: "preamble", line: bases[0]!.line };
  const addressees = readAddressees(root);
  if (addressees) sources.addressees = { via: "preamble", line: addressees.line };

  return {
    documentType,
    documentTypeCode,
    documentNumber,
    issuer,
    place,
    issuedOn,
    subject,
    urgency: fromHeader("urgency", fields.urgency),
    secrecy: fromHeader("secrecy", fields.secrecy),
    bases,
    signer: closing.signer,
    recipients: closing.recipients,
    addressees: addressees?.names ?? [],
    citations: collectCitations(root, documentNumber),
    sources,
  };
}

/**
 * A subject printed in quotes ("“V/v …”", its opening quote taken with the "V/v"): the quotes that
 * enclose it are no part of it. A quote inside it ("Chiến dịch “45 ngày đêm”") stays.
 */
function unquoted(subject: string | null): string | null {
  if (!subject) return subject;
  const quotes = (subject.match(/["“”]/gu) ?? []).length;
  const closing = /\s*["”]$/u;
  if (quotes === 1) return subject.replace(/^["“]\s*/u, "").replace(closing, "");
  if (quotes === 2 && /^["“]/u.test(subject) && closing.test(subject))
    return subject.slice(1).replace(closing, "").trim();
  return subject;
}
