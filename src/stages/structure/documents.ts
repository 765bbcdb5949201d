import type { Block } from "../../model/block.js";
import { foldStart } from "../../text/fold.js";
import { SIGNED_MARK } from "../../text/formulas.js";
import { isUpperText } from "../../text/normalize.js";
import { parsePlaceDate } from "../../text/dates.js";
import { isCaption } from "./captions.js";
import { authorityOf, isRecipientsHeading } from "./closing.js";

/**
 * Several documents in one file: a transcript or a portal page holding a resolution, then the
 * conclusion it carries out, then an earlier resolution, each with its own header and signature.
 *
 * A further document starts at a quốc hiệu (or the Party's name) that stands after a closing ("Nơi
 * nhận", a capacity "TM." / "KT.", "(Đã ký)") and whose header states a number or a day, with no
 * caption saying it is issued with the document above. After an
 * appendix or a form heading it must state both: a form printed there repeats the quốc hiệu with
 * "Số: …/…" and "ngày … tháng …" left blank. The issuer lines just above the quốc hiệu go with it.
 */
const NATIONAL = /^(cong hoa xa hoi chu nghia viet nam|dang cong san viet nam)\b/;
/** An appendix, a form or a list issued with the document: after it, a quốc hiệu heads a form. */
const ATTACHED = /^(phu luc|mau so|mau bieu|bieu so|danh muc)\b/;
/** The header's own number line, filled in ("Số: 1894 /TB-SCT"; a form's "Số: …/…" is not). */
const NUMBER_STATED = /^Số\s*:?\s*\d/u;
/** How far below the quốc hiệu the header states its number or day. */
const HEADER_REACH = 8;
/** A signer's capacity over the name: never an issuer line of the next header. */
const CAPACITY =
  /^(?:pho\s+)?(?:chu tich|thu tuong|bo truong|giam doc|tong bi thu|bi thu|truong ban|chanh van phong)\b/;

const textOf = (b: Block): string =>
  b.kind === "table" ? b.rows.map((r) => r.cells.map((c) => c.text).join(" ")).join(" ") : b.text;

/** A picture's markup: a seal beside a signature, but as often a page's banner or logo. */
const PICTURE = /^(?:!\[|<img\b)/iu;

function closes(text: string): boolean {
  return (
    isRecipientsHeading(text) || (SIGNED_MARK.test(text) && !PICTURE.test(text)) || authorityOf(text) !== null
  );
}

/** Indexes of the blocks where a further document begins (the first document begins at 0). */
export function documentStarts(blocks: Block[]): number[] {
  const starts: number[] = [];
  let closed = false;
  let attached = false;
  for (let i = 1; i < blocks.length; i++) {
    const text = textOf(blocks[i]!).trim();
    const folded = foldStart(text, 40);
    if (ATTACHED.test(folded)) attached = true;
    else if (closes(text) && !attached) closed = true;
    if (!closed || !NATIONAL.test(folded) || !headerStated(blocks, i, attached)) continue;
    let start = i;
    const floor = (starts.at(-1) ?? 0) + 1;
    while (start - 1 >= floor && start > i - 2 && issuerLine(textOf(blocks[start - 1]!).trim())) start--;
    starts.push(start);
    closed = false;
    attached = false;
  }
  return starts;
}

/**
 * The header states its number or its day (after an appendix, both: a form's header leaves them
 * blank, and a sample document may fill one), and no caption says it is issued with the document
 * above ("(Kèm theo Nghị quyết số 07/NQ-CP …)": an attachment with a header of its own).
 */
function headerStated(blocks: Block[], at: number, attached: boolean): boolean {
  const texts = blocks.slice(at, at + HEADER_REACH).map((b) => textOf(b).trim());
  if (texts.some(isCaption)) return false;
  const number = texts.some((t) => NUMBER_STATED.test(t));
  const day = texts.some((t) => parsePlaceDate(t)?.issuedOn);
  return attached ? number && day : number || day;
}

/** An issuer line standing above the quốc hiệu: short, upper case, no signer's capacity or mark. */
function issuerLine(text: string): boolean {
  return (
    text.length > 0 &&
    text.length <= 80 &&
    isUpperText(text) &&
    !closes(text) &&
    !CAPACITY.test(foldStart(text, 30)) &&
    !/\d/.test(text)
  );
}
