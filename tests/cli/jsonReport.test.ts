/** The §8 report is checked against its schema before it is printed, the findings one by one. */
import { analyze, type Analysis } from '../../src/engine';
import { jsonReport } from '../../src/cli/commands';
import { CliError } from '../../src/cli/io';
import { messages } from '../../src/cli/messages';

function analysis(): Analysis {
  return analyze(
    {
      sheets: [
        {
          name: 'PL1',
          rows: [
            ['STT', 'Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Trạng thái'].map((v) => ({ v })),
            [{ v: 1 }, { v: 'Số hóa hồ sơ' }, { v: 'Văn phòng' }, { v: '31/02/2025' }, { v: 'Làm dở' }],
            [{ v: 2 }, { v: 'Tập huấn' }, { v: 'Văn phòng' }, { v: '30/06/2025' }, { v: 'Chưa thực hiện' }],
          ],
          merges: [],
        },
      ],
    },
    { asOf: '2025-12-11', lang: 'en' },
  );
}

function failure(a: Analysis): string {
  try {
    jsonReport(a, '/tmp/bao-cao.xlsx', messages('en'));
  } catch (e) {
    expect(e).toBeInstanceOf(CliError);
    return (e as Error).message;
  }
  throw new Error('expected the report to be refused');
}

describe('jsonReport', () => {
  it('passes a sound report through unchanged', () => {
    const a = analysis();
    expect(a.findings.length).toBeGreaterThan(1);
    expect(jsonReport(a, '/tmp/bao-cao.xlsx', messages('en')).issues).toHaveLength(a.findings.length);
  });

  it('refuses a finding the schema does not allow, naming where it is', () => {
    const a = analysis();
    (a.findings[1] as unknown as { severity: string }).severity = 'fatal';
    expect(failure(a)).toMatch(/issues\.1\.severity/);
  });

  it('names the finding by its place in the whole list, beyond the first slice checked', () => {
    const a = analysis();
    const first = a.findings[0];
    for (let i = 0; i < 9_000; i++) a.findings.push({ ...first });
    (a.findings[8_500] as unknown as { cell: number }).cell = 7;
    expect(failure(a)).toMatch(/issues\.8500\.cell/);
  });

  it('refuses a report whose outline the schema does not allow', () => {
    const a = analysis();
    (a as unknown as { asOf: number }).asOf = 20251211;
    expect(failure(a)).toMatch(/asOf/);
  });
});
