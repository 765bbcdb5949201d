import { z } from "zod";
import { DocumentTypeCode } from "../text/document-types.js";

/** Where a metadata value was read: the header, an appendix or attachment caption, or the closing. */
export const FieldSource = z.object({
  via: z.enum(["header", "title", "caption", "closing", "signature", "preamble"]),
  line: z.number().int().positive(),
});
export type FieldSource = z.infer<typeof FieldSource>;

export { DocumentTypeCode };

export const Citation = z.object({
  number: z.string().describe("Normalised document number: 07/NQ-CP, 35/2021/QH15, 45-NQ/TW."),
  type: DocumentTypeCode.nullable(),
  count: z.number().int().positive(),
  firstLine: z.number().int().positive(),
  self: z.boolean().describe("The document's own number (in a caption or the header)."),
});
export type Citation = z.infer<typeof Citation>;

export const Basis = z.object({
  text: z.string(),
  line: z.number().int().positive(),
  citations: z.array(
    z.object({
      raw: z.string(),
      type: DocumentTypeCode.nullable(),
      number: z.string().nullable(),
      issuedOn: z.string().nullable(),
    }),
  ),
});
export type Basis = z.infer<typeof Basis>;

export const Signer = z.object({
  authority: z
    .string()
    .nullable()
    .describe(
      'The authority prefix as a code: TM., KT., Q., TL., TUQ., PP. (printed "T/M" or "K.T." gives TM., KT.)',
    ),
  capacity: z.array(z.string()),
  name: z.string().nullable(),
  line: z.number().int().positive(),
});
export type Signer = z.infer<typeof Signer>;

export const Metadata = z.object({
  documentType: z.string().nullable().describe("Tên loại as printed in upper case: NGHỊ QUYẾT, CHỈ THỊ …"),
  documentTypeCode: DocumentTypeCode.nullable(),
  documentNumber: z.string().nullable(),
  issuer: z.string().nullable(),
  place: z.string().nullable(),
  issuedOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  subject: z.string().nullable(),
  urgency: z.string().nullable(),
  secrecy: z.string().nullable(),
  bases: z.array(Basis),
  signer: Signer.nullable(),
  recipients: z.array(z.string()),
  addressees: z
    .array(z.string())
    .describe("Kính gửi: the bodies a letter, report or submission is addressed to, as printed."),
  citations: z.array(Citation),
  sources: z.record(z.string(), FieldSource).describe("Where each filled field was read."),
});
export type Metadata = z.infer<typeof Metadata>;
