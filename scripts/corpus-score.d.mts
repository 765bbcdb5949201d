/**
 * Types for corpus-score.mjs, so the TypeScript accuracy test can import the same scorer the corpus
 * run uses. The document shapes are the few fields the scorer reads: vanban's LegalDocument fits them.
 */

export type Field =
  | "documentTypeCode"
  | "documentType"
  | "documentNumber"
  | "issuer"
  | "place"
  | "issuedOn"
  | "subject"
  | "signerName"
  | "bases"
  | "topLevel"
  | "tables"
  | "tablesOutside";

export const FIELDS: readonly Field[];
export const METADATA_FIELDS: readonly Field[];
export function ocrInstalled(): boolean;

export interface ExpectedTable {
  columns: string[];
  dataRows: number;
  groupRows: number;
  firstRow: string;
  lastRow: string;
}

/** A `*.expected.json`, written by people who read the document. */
export interface Expected {
  file: string;
  format: string;
  metadata: {
    documentTypeCode: string | null;
    documentType: string | null;
    documentNumber: string | null;
    issuer: string | null;
    place: string | null;
    issuedOn: string | null;
    subject: string | null;
    signerName: string | null;
  };
  /** The first eight words of each căn cứ. */
  bases: string[];
  topLevel: string[];
  attachments: unknown[];
  appendices: { label: string; title: string | null; tables: ExpectedTable[] }[];
  tablesOutsideAppendices: ExpectedTable[];
  layoutNotes: string[];
}

export interface ScoredNode {
  type: string;
  label: string | null;
  children: ScoredNode[];
}

export interface ScoredDocument {
  metadata: {
    documentTypeCode: string | null;
    documentType: string | null;
    documentNumber: string | null;
    issuer: string | null;
    place: string | null;
    issuedOn: string | null;
    subject: string | null;
    signer: { name: string | null } | null;
    bases: { text: string }[];
  };
  body: ScoredNode;
  appendices: { label: string; tables: { records: unknown[] }[] }[];
  tables: { records: unknown[] }[];
}

export interface Unit {
  field: Field;
  right: boolean;
  /** Right under foldKey alone (every diacritic dropped): shown beside the asserted count. */
  loose: boolean;
  expected: unknown;
  actual: unknown;
  note?: string;
}

export interface DocumentScore {
  file: string;
  /** Why there was no document to score (refused, threw, timed out), else null. */
  error: string | null;
  units: Unit[];
  right: number;
  total: number;
  /** Fields with at least one wrong unit. */
  missed: Field[];
}

export interface FieldAccuracy {
  right: number;
  total: number;
  pct: number | null;
  looseRight: number;
}

export function normalise(value: string): string;
export function topLevelLabels(document: ScoredDocument): string[];
export function scoreDocument(
  expected: Expected,
  document: ScoredDocument | null,
  options: { foldKey: (s: string) => string; error?: string | null; file?: string },
): DocumentScore;
export function summarise(scores: readonly DocumentScore[]): Record<Field, FieldAccuracy>;
export function formatAccuracy(summary: Record<Field, FieldAccuracy>): string;
export function worstDocuments(scores: readonly DocumentScore[], count?: number): DocumentScore[];
