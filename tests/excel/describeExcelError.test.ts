import { describeExcelError, FeatureUnavailableError, SheetNameTakenError } from '../../src/excel';
import { FakeOfficeError } from '../fake-excel';

const excelError = (code: string) => new FakeOfficeError(code, `Internal message for ${code}\n    at stack (frame.js:1:1)`);

describe('describeExcelError', () => {
  const cases: [string, RegExp, RegExp][] = [
    ['AccessDenied', /được bảo vệ/, /protected/],
    ['InvalidOperation', /bảo vệ/, /protected/],
    ['InvalidOperationInCellEditMode', /chế độ sửa ô.*Enter hoặc Esc/, /editing a cell/],
    ['RequestPayloadSizeLimitExceeded', /quá lớn.*5 MB/, /Too much data.*5 MB/],
    ['ResponsePayloadSizeLimitExceeded', /quá lớn.*trang tính đang mở/, /too large.*active sheet/],
    ['ItemNotFound', /Không tìm thấy.*xóa hoặc đổi tên/, /not found.*deleted or renamed/],
    ['ItemAlreadyExists', /trùng tên/, /same name/],
    ['ApiNotFound', /chưa hỗ trợ/, /does not support/],
    ['GeneralException', /Excel báo lỗi/, /Excel reported an error/],
  ];

  it.each(cases)('%s → a clear message in Vietnamese and English, with the code for support', (code, vi, en) => {
    const error = excelError(code);
    const messages = [describeExcelError(error, 'vi'), describeExcelError(error, 'en')];
    expect(messages[0]).toMatch(vi);
    expect(messages[1]).toMatch(en);
    for (const message of messages) {
      expect(message).toContain(code);
      expect(message).not.toMatch(/Internal message|frame\.js|\n/);
    }
  });

  it('names the missing feature in words; the requirement set stays in the error for support, out of the sentence', () => {
    const error = new FeatureUnavailableError('conditionalFormats');
    expect(describeExcelError(error, 'vi')).toBe(
      'Bản Excel này chưa hỗ trợ đánh dấu ô bằng định dạng có điều kiện. Hãy cập nhật Microsoft 365 hoặc dùng Excel trên web.',
    );
    expect(describeExcelError(error, 'en')).toMatch(/^This Excel does not support highlighting cells/);
    expect(describeExcelError(error, 'en')).not.toContain('ExcelApi');
    expect(error.message).toContain('ExcelApi 1.6');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('FeatureUnavailableError');
  });

  it('names the user’s sheet that was not overwritten, and what to do', () => {
    const error = new SheetNameTakenError('Tổng hợp');
    expect(describeExcelError(error, 'vi')).toMatch(/trang tính «Tổng hợp» không do Phụ lục tạo.*không ghi đè.*Kiểm tra lại/);
    expect(describeExcelError(error, 'en')).toMatch(/"Tổng hợp" that Phụ lục did not create.*not overwritten/);
  });

  it('explains settings that failed validation without zod’s report', () => {
    const error = Object.assign(new Error('[\n  {\n    "code": "invalid_format"'), { name: 'ZodError' });
    expect(describeExcelError(error, 'vi')).toMatch(/^Cài đặt không hợp lệ/);
    expect(describeExcelError(error, 'en')).toMatch(/^The settings are not valid/);
  });

  it('gives a general message for anything else, with the first line of the message at most', () => {
    const bug = new TypeError('Cannot read properties of undefined (reading "x")\n    at f (a.js:1:1)');
    const message = describeExcelError(bug, 'vi');
    expect(message).toMatch(/^Excel báo lỗi/);
    expect(message).toContain('Cannot read properties of undefined');
    expect(message).not.toContain('a.js');
    expect(describeExcelError(undefined, 'en')).toMatch(/^Excel reported an error\.[^(]*$/);
    expect(describeExcelError({ code: 5001, message: 'Save failed' }, 'en')).toContain('5001');
    expect(describeExcelError('x'.repeat(500), 'en').length).toBeLessThan(400);
  });
});
