import { describe, expect, it } from "vitest";
import { Reporter } from "../../src/model/reporter.js";
import { lostBareU, restoreLostU } from "../../src/stages/read/lost-u.js";
import { convertText, rules, sourceOf } from "../helpers.js";

// TCVN3 types the bare "ư" with the soft hyphen's code; a PDF made where that code was taken for an
// optional hyphen has none. These lines are the text layer of Nghị định 114/2003/NĐ-CP so exported
// (tests/fixtures/layouts/tcvn3-font-replaced.pdf), as pdftotext gives it: "Bé trëng" is "Bộ trưởng".
const EXPORTED = `ChÝnh phñ
NghÞ ®Þnh cña ChÝnh phñ sè 114/2003/N§-CP
ngµy 10/10/2003 vÒ c¸n bé, c«ng chøc x·, phêng, thÞ
trÊn.
ChÝnh phñ
C¨n cø LuËt Tæ chøc ChÝnh phñ ngµy 25 th¸ng 12 n¨m
2001;
Theo ®Ò nghÞ cña Bé trëng Bé Néi vô,
NghÞ §Þnh:
Ch¬ng I
Nh÷ng quy ®Þnh chung
§iÒu 1. Ph¹m vi ¸p dông
NghÞ ®Þnh nµy quy ®Þnh vÒ chøc danh, tiªu chuÈn, nghÜa vô, quyÒn lîi, nh÷ng viÖc kh«ng ®îc lµm.
§iÒu 2. §èi tîng ®iÒu chØnh
1. Nh÷ng ngêi do bÇu cö ®Ó ®¶m nhiÖm chøc vô theo nhiÖm kú, gåm:
a) BÝ th, Phã BÝ th ®¶ng ñy, Thêng trùc ®¶ng ñy;
b) Chñ tÞch ñy ban nh©n d©n, ®iÓm c kho¶n 1.
`;

describe("a TCVN3 text that lost its bare ư", () => {
  it("reads the words with their ư, and says how many", async () => {
    const doc = await convertText(EXPORTED);
    expect(doc.metadata.subject).toBe("về cán bộ, công chức xã, phường, thị trấn");
    expect(doc.metadata.bases[1]?.text).toBe("Theo đề nghị của Bộ trưởng Bộ Nội vụ,");
    const chapter = doc.body.children.find((n) => n.type === "chapter");
    expect(chapter?.label).toBe("Chương I");
    const article2 = chapter?.children[1];
    expect(article2?.title).toBe("Đối tượng điều chỉnh");
    expect(article2?.children[0]?.title).toMatch(/^Những người do bầu cử/);
    // An onset alone inside a sentence is "thư"; the list's letters ("a)", "điểm c") stay as printed.
    const [a, b] = article2?.children[0]?.children ?? [];
    expect(a?.label).toBe("a)");
    expect(a?.text).toBe("Bí thư, Phó Bí thư đảng ủy, Thường trực đảng ủy;");
    expect(b?.text).toBe("Chủ tịch ủy ban nhân dân, điểm c khoản 1.");
    expect(rules(doc)).toContain("legacy-lost-u");
  });

  it("puts the ư back by the word's shape, and for a hyphen where the line broke inside a word", () => {
    const text = sourceOf([
      "Các cán bộ của tr-",
      "ờng học, phờng và xã;",
      "Chơng II",
      "CHƠNG III",
      "Ớc tính",
      "nhng cha",
      "u đãi và",
      "- Lu: VT.",
    ]);
    restoreLostU(text, new Reporter());
    expect(text.lines.map((l) => l.text)).toEqual([
      "Các cán bộ của",
      "trường học, phường và xã;",
      "Chương II",
      "CHƯƠNG III",
      "Ước tính",
      "nhưng cha",
      "ưu đãi và",
      "- Lưu: VT.",
    ]);
  });

  it("leaves a word whose shape allows it without ư ('mời', 'tơi', 'cha')", () => {
    const text = sourceOf(["Phờng mời các hộ gia đình tơi đến; Chơng I; đờng; cha thực hiện."]);
    restoreLostU(text, new Reporter());
    expect(text.lines[0]!.text).toBe("Phường mời các hộ gia đình tơi đến; Chương I; đường; cha thực hiện.");
  });

  it("leaves letters alone in letter-spaced text, where every neighbour is a letter too", () => {
    // As pdf.js spaces out a line set with wide character spacing (TT 169/1998 exported to PDF).
    const spaced = "của Bộ Tài chính S ố 1 6 9 / 1 9 9 8 / T T - B T C các đối tợng s a u đ â y đ ầ u t";
    const text = sourceOf([spaced, "Chơng I", "phờng, đờng"]);
    restoreLostU(text, new Reporter());
    expect(text.lines[0]!.text).toBe(spaced.replace("tợng", "tượng"));
  });

  it("changes nothing in a text that has its ư", async () => {
    const unicode =
      "Chương I\nĐối tượng: phường, xã; chơng chênh (từ ngữ địa phương), điểm c khoản 1, ông t và bà s.\n";
    expect(lostBareU(unicode.split("\n"))).toBe(false);
    const doc = await convertText(`Nghị định về cán bộ\n${unicode}`);
    expect(rules(doc)).not.toContain("legacy-lost-u");
  });
});
