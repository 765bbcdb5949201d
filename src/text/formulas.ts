/**
 * The fixed formulas of a Vietnamese document's header, preamble and closing (Decree 30/2020/NĐ-CP,
 * party documents per Hướng dẫn 36-HD/VPTW), each written once. Patterns on folded text (foldKey)
 * are named …_KEY; the others match text as printed.
 */

/** Quốc hiệu, printed "HÒA" or "HOÀ" (folding makes them one). */
export const NATIONAL_TITLE_KEY = /^cong hoa xa hoi chu nghia viet nam$/;

/** Tiêu ngữ: "Độc lập - Tự do - Hạnh phúc", with hyphens or dashes. */
export const MOTTO_KEY = /^doc lap\s*[-–]\s*tu do\s*[-–]\s*hanh phuc/;

/** Party documents print the party's name where the quốc hiệu stands. */
export const PARTY_NAME_KEY = /^dang cong san viet nam$/;

/** Any of the three, anywhere in a cell: a table holding one lays out the page. */
export const HEADING_FORMULA_KEY =
  /cong hoa xa hoi chu nghia viet nam|dang cong san viet nam|doc lap\s*[-–]\s*tu do\s*[-–]\s*hanh phuc/;

/**
 * The authority prefix of a signature block: TM. (on behalf of a collective), KT. (signing for the
 * head), Q. (acting), TL. (by order), TUQ. (by authorisation), PP.; party documents write "T/M",
 * sometimes "T.M.".
 */
export const AUTHORITY_PREFIX = /^(TM\.|T\/M|T\.M\.|KT\.|Q\.|TL\.|TUQ\.|PP\.)\s*/u;

/** An authority line on folded text: the prefix, then the body's name. */
export const AUTHORITY_LINE_KEY = /^((tm|kt|q|tl|tuq|pp|t\.m)\.\s*|t\/m\s+)\p{L}/u;

/** The verbs of the enacting formula that closes a preamble: "QUYẾT NGHỊ:", "QUYẾT ĐỊNH:" … (folded). */
const ENACTING_VERBS = "quyet nghi|quyet dinh|chi thi|nghi dinh|ban hanh|quy dinh|ket luan";

/** A line that is the enacting formula alone. */
export const ENACTING_KEY = new RegExp(`^(${ENACTING_VERBS})\\s*:$`);

/** A line that opens with the enacting formula (text may follow on the same line). */
export const ENACTING_START_KEY = new RegExp(`^(${ENACTING_VERBS})\\s*:`);

/** A sentence or clause has ended: a full stop, semicolon, colon … before closing quotes or brackets, or "./". */
export const SENTENCE_END = /[.;:!?…]["”’)]*$|\.\/$/u;
