import { describe, expect, it } from "vitest";
import { convert } from "../../src/pipeline/runner.js";

// vbpl.vn's older "Toàn văn" page (Hiến pháp 2013, as crawled by Minh0511/vbpl-web-crawl
// misc/vbpl_v2.html): the header in two small tables, the text in its own block, and the signature
// in a table of its own after that block, its capacity set in capitals by the style sheet only. The
// page's markup is cut down to that nesting; its texts are the page's.
const page = `<html><head><style>.table_cqbh_cd_nk .upper { text-transform: uppercase; }</style></head><body>
<div class="menu"><ul><li>Trang chủ</li><li>Văn bản quy phạm pháp luật</li><li>Văn bản hợp nhất</li></ul></div>
<div class="content"><div class="fulltext">
  <div class="vbInfo"><ul><li>Hiệu lực: Còn hiệu lực</li><li>Ngày có hiệu lực: 01/01/2014</li></ul></div>
  <div>
    <table width="30%"><tr><td>
      <div align="center"><b>QUỐC HỘI</b></div>
      <div style="border-bottom: 1px solid #000000;width:40px;"></div>
      <div style="text-align:center;">Số: Không số</div>
    </td></tr></table>
    <table width="50%"><tr><td>
      <div><b>CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></div>
      <div><b>Độc lập - Tự do - Hạnh phúc</b></div>
      <div><i>Hà Nội, ngày 28 tháng 11 năm 2013</i></div>
    </td></tr></table>
    <p align="center"><strong>HIẾN PHÁP</strong></p>
    <p align="center"><strong>NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong></p>
    <p align="center"><strong>Chương I</strong></p>
    <p align="center"><strong>CHẾ ĐỘ CHÍNH TRỊ</strong></p>
    <p><strong>Điều 1</strong></p>
    <p>Nước Cộng hòa xã hội chủ nghĩa Việt Nam là một nước độc lập, có chủ quyền, thống nhất và toàn vẹn lãnh thổ, bao gồm đất liền, hải đảo, vùng biển và vùng trời.</p>
    <p><strong>Điều 2</strong></p>
    <p>Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam là nhà nước pháp quyền xã hội chủ nghĩa của Nhân dân, do Nhân dân, vì Nhân dân.</p>
    <p>Hiến pháp này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIII, kỳ họp thứ 6 thông qua ngày 28 tháng 11 năm 2013.</p>
  </div>
  <div>
    <table class="table_cqbh_cd_nk">
      <tr><td class="upper"><p></p></td></tr>
      <tr><td class="upper"><p>Chủ tịch Quốc hội</p></td></tr>
      <tr><td><p><i>(Đã ký)</i></p></td></tr>
      <tr><td colspan="4">&nbsp;</td></tr>
      <tr><td><p>Nguyễn Sinh Hùng</p></td></tr>
    </table>
  </div>
</div></div>
<div class="footer"><p>Tải file đính kèm</p><p>Bản PDF:</p><p>Cơ sở dữ liệu quốc gia về văn bản pháp luật. Bộ Tư pháp giữ bản quyền, số 58-60 Trần Phú, Ba Đình, Hà Nội, điện thoại liên hệ và hỗ trợ kỹ thuật, trang chủ, sơ đồ cổng thông tin, hướng dẫn khai thác, liên hệ với ban biên tập của cổng thông tin.</p></div>
</body></html>`;

describe("vbpl.vn's older page: the signature in a block of its own after the text", () => {
  it("keeps the signature with the text, its capacity in sentence case, and reads 'Số: Không số' as no number", async () => {
    const { document } = await convert({
      bytes: new TextEncoder().encode(page),
      path: "hien-phap.html",
      format: "html",
    });
    expect(document.metadata.issuer).toBe("QUỐC HỘI");
    expect(document.metadata.documentNumber).toBeNull();
    expect(document.metadata.issuedOn).toBe("2013-11-28");
    expect(document.metadata.signer).toMatchObject({
      capacity: ["Chủ tịch Quốc hội"],
      name: "Nguyễn Sinh Hùng",
    });
    // The text says it has no number: not a warning.
    const number = document.diagnostics.find((d) => d.reason.startsWith("documentNumber is not printed"));
    expect(number?.severity).toBe("info");
    // The portal's footer is still left out.
    expect(JSON.stringify(document.body)).not.toContain("Bộ Tư pháp giữ bản quyền");
  });
});
