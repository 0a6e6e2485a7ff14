import fc from 'fast-check';
import { isLegacyEncoded } from '../../src/engine/text/legacyEncoding';
import { anyString, RUNS } from './cellArbitraries';

/** Phrases from the seed documents (task names, units, statuses, deadlines, results). */
const SEED_PHRASES = [
  'Phát triển kinh tế',
  'Tổng hợp',
  'Hoàn thành',
  'Đã hoàn thành',
  'Đang thực hiện',
  'Chưa triển khai',
  'Thời hạn hoàn thành',
  'Đơn vị chủ trì',
  'Ngày hoàn thành thực tế',
  'Kết quả thực hiện',
  'Tên nhiệm vụ',
  'Mã nhiệm vụ',
  'Văn bản giao nhiệm vụ',
  'UBND đặc khu Cát Hải',
  'Phòng Văn hóa - Xã hội',
  'Trung tâm Phục vụ hành chính công',
  'Văn phòng HĐND và UBND đặc khu',
  'Công an đặc khu',
  'Hằng năm',
  'Thường xuyên',
  'tháng 12 năm 2025',
  'Đẩy mạnh kết nối, liên thông dữ liệu, ứng dụng phục vụ chỉ đạo, điều hành',
  'Đồng bộ dữ liệu CSDL quốc gia, CSDL chuyên ngành về CSDL tổng hợp quốc gia',
  'đảm bảo người dân chỉ kê khai thông tin một lần',
  'Hoàn thành rà soát, cấu trúc lại các thủ tục hành chính chuyển từ thủ công trên giấy sang môi trường điện tử',
  'Tiếp tục đẩy mạnh số hóa hồ sơ, kết quả giải quyết thủ tục hành chính theo quy định',
  'Tổ chức ứng dụng trí tuệ nhân tạo dựa trên dữ liệu lớn trong các ngành, lĩnh vực quan trọng',
  'Hoàn thành kết nối, khai thác, chia sẻ hiệu quả dữ liệu; triển khai các sáng kiến mở dữ liệu',
  'Phấn đấu bố trí tỷ lệ phù hợp cán bộ có chuyên môn, kinh nghiệm về khoa học kỹ thuật',
  'Xây dựng, triển khai đề án ứng dụng IoT trong một số ngành, lĩnh vực',
  'Nâng cấp, hoàn thiện hạ tầng công nghệ thông tin đáp ứng yêu cầu',
  'Rà soát, hoàn thiện quy trình thủ tục hành chính đáp ứng điều kiện thực hiện dịch vụ công trực tuyến toàn trình',
  'Công tác bảo đảm an toàn, an ninh mạng phải được quan tâm đúng mức',
  'Trực tiếp, thường xuyên sử dụng Hệ thống thông tin giám sát, đánh giá việc thực hiện Nghị quyết',
  'Đặc khu Cát Hải đã hoàn thành tổ chức bộ máy và vận hành chính quyền địa phương theo mô hình 02 cấp',
  'Tỷ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp',
  'Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính',
  'Tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân',
  'Chi ngân sách hằng năm cho phát triển khoa học, công nghệ',
  'Phủ sóng 5G cho người dân',
  'Tốc độ đổi mới công nghệ trung bình',
  'Quy mô kinh tế số trong GRDP',
  'Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
  'Nguồn nhân lực CNTT còn thiếu',
  'Cơ chế tài chính chưa linh hoạt',
  'Thiếu quỹ hỗ trợ đổi mới sáng tạo địa phương',
  'Ủy ban nhân dân đặc khu đã đăng ký 1.440 người tham gia cuộc thi',
  'Số hồ sơ quá hạn: Không',
  'Sản phẩm đầu ra',
  'Cơ quan chủ trì theo dõi, đánh giá',
];

/** Rows of TCVN3 (ABC): the Unicode letters, and the TCVN3 characters in the same order. */
const TCVN3_ROWS: [string, string][] = [
  ['aàảãáạ', 'a\u00B5\u00B6\u00B7\u00B8\u00B9'],
  ['ăằẳẵắặ', '\u00A8\u00BB\u00BC\u00BD\u00BE\u00C6'],
  ['âầẩẫấậ', '\u00A9\u00C7\u00C8\u00C9\u00CA\u00CB'],
  ['eèẻẽéẹ', 'e\u00CC\u00CE\u00CF\u00D0\u00D1'],
  ['êềểễếệ', '\u00AA\u00D2\u00D3\u00D4\u00D5\u00D6'],
  ['iìỉĩíị', 'i\u00D7\u00D8\u00DC\u00DD\u00DE'],
  ['oòỏõóọ', 'o\u00DF\u00E1\u00E2\u00E3\u00E4'],
  ['ôồổỗốộ', '\u00AB\u00E5\u00E6\u00E7\u00E8\u00E9'],
  ['ơờởỡớợ', '\u00AC\u00EA\u00EB\u00EC\u00ED\u00EE'],
  ['uùủũúụ', 'u\u00EF\u00F1\u00F2\u00F3\u00F4'],
  ['ưừửữứự', '\u00AD\u00F5\u00F6\u00F7\u00F8\u00F9'],
  ['yỳỷỹýỵ', 'y\u00FA\u00FB\u00FC\u00FD\u00FE'],
  ['đ', '\u00AE'],
  ['ĂÂÊÔƠƯĐ', '\u00A1\u00A2\u00A3\u00A4\u00A5\u00A6\u00A7'],
];
const TCVN3_OF = new Map<string, string>();
for (const [letters, codes] of TCVN3_ROWS) {
  [...letters].forEach((letter, i) => {
    if (letter !== codes[i]) TCVN3_OF.set(letter, codes[i]);
  });
}

/** Text typed in TCVN3: toned capitals do not exist there, so they take the small letter's code (.VnTimeH). */
function toTcvn3(s: string): string {
  return [...s.normalize('NFC')].map((c) => TCVN3_OF.get(c) ?? TCVN3_OF.get(c.toLowerCase()) ?? c).join('');
}

const VNI_TONE: Record<string, string> = { '\u0301': 'ù', '\u0300': 'ø', '\u0309': 'û', '\u0303': 'õ', '\u0323': 'ï' };
const VNI_CIRCUMFLEX: Record<string, string> = { '': 'â', '\u0301': 'á', '\u0300': 'à', '\u0309': 'å', '\u0303': 'ã', '\u0323': 'ä' };
const VNI_BREVE: Record<string, string> = { '': 'ê', '\u0301': 'é', '\u0300': 'è', '\u0309': 'ú', '\u0303': 'ü', '\u0323': 'ë' };
const VNI_TONED_I: Record<string, string> = { '\u0300': 'ì', '\u0301': 'í', '\u0309': 'æ', '\u0303': 'ó', '\u0323': 'ò' };

/** One letter in VNI-Windows: the base letter followed by its mark character, in the base's case. */
function vniLetter(letter: string): string {
  if (letter === 'đ' || letter === 'Đ') return letter === 'đ' ? 'ñ' : 'Ñ';
  const [base, ...marks] = letter.normalize('NFD');
  const upper = base !== base.toLowerCase();
  const cased = (s: string) => (upper ? s.toUpperCase() : s);
  const tone = marks.find((m) => m in VNI_TONE) ?? '';
  const lower = base.toLowerCase();
  let vni: string;
  if (marks.includes('\u0302')) vni = lower + VNI_CIRCUMFLEX[tone];
  else if (marks.includes('\u0306')) vni = lower + VNI_BREVE[tone];
  else if (marks.includes('\u031B')) vni = (lower === 'o' ? 'ô' : 'ö') + (tone ? VNI_TONE[tone] : '');
  else if (lower === 'i' && tone) vni = VNI_TONED_I[tone];
  else if (lower === 'y' && tone === '\u0323') vni = 'î';
  else vni = lower + (tone ? VNI_TONE[tone] : '');
  return cased(vni);
}

function toVni(s: string): string {
  return [...s.normalize('NFC')].map(vniLetter).join('');
}

describe('the test encoders reproduce mojibake seen in the wild', () => {
  it.each([
    ['Phát triển kinh tế', 'Ph¸t triÓn kinh tÕ'],
    ['Tổng hợp', 'Tæng hîp'],
    ['Tiếng Việt', 'TiÕng ViÖt'],
    ['được', '®\u00ADîc'],
    ['người', 'ng\u00ADêi'],
  ])('TCVN3 %j is %j', (unicode, tcvn3) => {
    expect(toTcvn3(unicode)).toBe(tcvn3);
  });

  it.each([
    ['Phát triển', 'Phaùt trieån'],
    ['Hoàn thành', 'Hoaøn thaønh'],
    ['Việt Nam', 'Vieät Nam'],
    ['được', 'ñöôïc'],
    ['người', 'ngöôøi'],
    ['Thành phố Hồ Chí Minh', 'Thaønh phoá Hoà Chí Minh'],
  ])('VNI %j is %j', (unicode, vni) => {
    expect(toVni(unicode)).toBe(vni);
  });
});

describe('isLegacyEncoded', () => {
  it.each([
    'Ph¸t triÓn kinh tÕ', 'Tæng hîp', 'Phaùt trieån', 'Hoaøn thaønh', 'TiÕng ViÖt', '®\u00ADîc', 'ng\u00ADêi', 'Vieät Nam',
    'ñöôïc', 'caùc', 'Caùc', 'Tæng', 'PH¸T TRIÓN', 'Néi dung', 'Thêi gian', 'míi',
  ])('%j is legacy-encoded', (text) => {
    expect(isLegacyEncoded(text)).toBe(true);
  });

  it.each(SEED_PHRASES.filter((p) => toTcvn3(p) !== p))('TCVN3 of %j is legacy-encoded', (phrase) => {
    expect(isLegacyEncoded(toTcvn3(phrase))).toBe(true);
  });

  it.each(SEED_PHRASES.filter((p) => toVni(p) !== p))('VNI of %j is legacy-encoded', (phrase) => {
    expect(isLegacyEncoded(toVni(phrase))).toBe(true);
  });

  it.each(SEED_PHRASES.filter((p) => p.split(' ').length >= 3))('upper-case TCVN3 (.VnTimeH) and VNI of %j are legacy-encoded', (phrase) => {
    expect(isLegacyEncoded(toTcvn3(phrase.toUpperCase()))).toBe(true);
    expect(isLegacyEncoded(toVni(phrase.toUpperCase()))).toBe(true);
  });

  it.each(SEED_PHRASES)('Unicode %j, in NFC, NFD and upper case, is not', (phrase) => {
    expect(isLegacyEncoded(phrase)).toBe(false);
    expect(isLegacyEncoded(phrase.normalize('NFD'))).toBe(false);
    expect(isLegacyEncoded(phrase.toUpperCase())).toBe(false);
    expect(isLegacyEncoded(phrase.toLowerCase())).toBe(false);
  });

  it.each([
    '', 'Hello world', 'Internet of Things (IoT)', 'VNeID', 'Zalo, Facebook', '31/12/2025', '2025-06-30', '1.440', '99,09%',
    '≥ 95%', '> 90%', '20–22%', '“Một cửa số”', '…', 'Nhiệt độ 25°C', 'Diện tích 120 m²', 'a·b', '2 × 3 = 6', '10 ÷ 2',
    '5 µm', 'µm', 'Coca-Cola®', '© 2025 UBND', '§ 3.2', '± 5%', '½ năm', '«Bình dân học vụ số»', 'Ø 20 mm', 'ở',
    'Müller', 'São Paulo', 'café', 'naïve', 'Ñandú', 'Smørrebrød', 'Straße', 'Ångström', 'Dvořák', 'Zürich – Genève',
    'Hoà/Hòa', 'thuỷ/thủy', 'khoẻ mạnh', 'Quý IV/2025', 'Phòng VH-XH', 'ĐẠT', 'Tỉ lệ', 'Đạt trên 3,5%',
    'Ðông Hải', 'Kiểm tra: OK ✓', '100%% hồ sơ', 'Mét sè', 'cã',
  ])('%j is not', (text) => {
    expect(isLegacyEncoded(text)).toBe(false);
  });

  it.each([
    'phu hop véi quy dinh tai Thong tu sé 02/2025/TT-BGDDT ngay',
    '(AI), doi méi sang tao vao giang day.',
    '- Phéi hop véi cac phong, ban chuyén mon va Vin phong HDND va UBND',
    'tiéu dé ra va phu hop véi diéu kién thuc tién cta dic khu.',
    '1. Phong Vin hoéa- Xa héi',
    'khoa hgc, cong nghé¢, doi méi sang tao va chuyen doi so',
  ])('OCR text that lost its marks (seeds 000, 002) is not: %j', (text) => {
    expect(isLegacyEncoded(text)).toBe(false);
  });

  it('is false for any sequence of correct Vietnamese words from the seeds', () => {
    const words = [...new Set(SEED_PHRASES.join(' ').split(/[\s,;:]+/))];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 }), fc.boolean(), (picked, decompose) => {
        const sentence = picked.join(' ');
        expect(isLegacyEncoded(decompose ? sentence.normalize('NFD') : sentence)).toBe(false);
      }),
      RUNS,
    );
  });

  it('is false for any plain ASCII text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 60 }), (s) => !isLegacyEncoded(s)), RUNS);
  });

  it('never throws', () => {
    fc.assert(fc.property(anyString, (s) => typeof isLegacyEncoded(s) === 'boolean'), RUNS);
  });
});
