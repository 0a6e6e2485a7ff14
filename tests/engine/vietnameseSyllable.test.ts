import fc from 'fast-check';
import { isVietnameseSyllable } from '../../src/engine/text/vietnameseSyllable';
import { anyString, RUNS } from './cellArbitraries';

/** Every Vietnamese word of a paragraph of seed 001 and of the SPEC's status and deadline tables. */
const SEED_TEXT = `Ủy ban nhân dân đặc khu đã tích cực triển khai công tác tuyên truyền khuyến khích cán bộ công chức viên
chức trên địa bàn tham gia Cuộc thi Công dân số Hải Phòng Sử dụng thông minh sống an toàn do thành phố phát động
Nội dung cuộc thi gắn với các kiến thức và kỹ năng số cơ bản đã được trang bị trong các chương trình tập huấn bao
gồm nhận thức và năng lực số kỹ năng sử dụng các dịch vụ số thiết yếu kỹ năng tương tác an toàn hiệu quả trên môi
trường mạng cùng với việc ứng dụng trí tuệ nhân tạo trong công việc và đời sống hằng ngày Hoạt động này góp phần
nâng cao nhận thức thúc đẩy tinh thần học tập rèn luyện Đã hoàn thành Đang thực hiện Chưa triển khai quá hạn trễ
hạn đúng hạn Thường xuyên Liên tục Hằng năm Hàng năm Định kỳ Quý tháng năm Giai đoạn Trước ngày Chậm nhất giữa
giường giếng gì quốc quyết quỳnh khuya khuỷu người rượu khoái xoáy ngoẹo khuấy thuở huơ hoà hòa thuỷ thủy khoẻ
khỏe xoong boong nghiêng Nguyễn được việc yêu yếu oai uyển chuyển quả quê quân`;

describe('isVietnameseSyllable', () => {
  it.each([...new Set(SEED_TEXT.toLowerCase().split(/\s+/))])('%j is a syllable', (word) => {
    expect(isVietnameseSyllable(word)).toBe(true);
  });

  it.each([
    'café', 'naïve', 'hello', 'world', 'ngêi', 'néi', 'míi', 'phaùt', 'caùc', 'coù', 'hoaøn', 'tæng', 'müller', 'bjørn',
    'ăn'.normalize('NFD'), 'phát'.normalize('NFD'), 'ă', 'â', 'tiếếng', 'hoàá', 'xyz', 'q', 'qa', 'gh', 'nggh', 'ai1',
    'miá', 'muá', 'caú', 'ngươì', 'f', 'jam', 'wow', 'zoo', '',
  ])('%j is not', (word) => {
    expect(isVietnameseSyllable(word)).toBe(false);
  });

  it('never throws', () => {
    fc.assert(fc.property(anyString, (s) => typeof isVietnameseSyllable(s.toLowerCase()) === 'boolean'), RUNS);
  });
});
