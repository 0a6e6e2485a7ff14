import { parseCli } from '../../src/cli/args';
import { main } from '../../src/cli/main';
import { ensureBuilt, expectCleanError, runCli, type RunResult } from './run';

/** The same CLI in process (no shim, no spawn): quick for the long table of bad arguments. */
async function runInProcess(args: string[]): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { out: (t) => (stdout += typeof t === 'string' ? t : Buffer.from(t).toString('utf8')), err: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

beforeAll(() => ensureBuilt(), 180_000);

describe('phuluc help and version', () => {
  it.each([['--help'], ['-h'], ['help']])('%s prints the Vietnamese help and exits 0', (flag) => {
    const r = runCli([flag]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Cách dùng:');
    for (const word of ['check', 'summarize', 'template', '--as-of', '--year', '--units', '--subject', '--json', '--lang', 'Mã thoát', 'Ví dụ']) {
      expect(r.stdout).toContain(word);
    }
    expect(r.stderr).toBe('');
  });

  it('--help --lang en prints the English help', () => {
    const r = runCli(['--help', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage:');
    expect(r.stdout).toContain('Exit codes:');
    expect(r.stdout).not.toContain('Cách dùng');
  });

  it.each(['check', 'summarize', 'template'])('%s --help and help %s print that command’s help', (cmd) => {
    const a = runCli([cmd, '--help']);
    const b = runCli(['help', cmd]);
    expect(a.code).toBe(0);
    expect(a.stdout).toContain(`phuluc ${cmd}`);
    expect(a.stdout).toContain('Mã thoát');
    expect(b.stdout).toBe(a.stdout);
    expect(runCli([cmd, '--help', '--lang=en']).stdout).toContain('Usage: phuluc');
  });

  it('--version prints the package version', () => {
    const r = runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^phuluc \d+\.\d+\.\d+\n$/);
  });
});

describe('bad arguments exit 2 with one clear line and a hint to --help', () => {
  it.each([
    [[], /thiếu lệnh/],
    [['kiemtra', 'a.xlsx'], /không có lệnh "kiemtra"/],
    [['check'], /thiếu tệp cần kiểm tra/],
    [['check', 'a.xlsx', '--bogus'], /không có tùy chọn --bogus/],
    [['check', 'a.xlsx', '--as-of'], /--as-of cần một giá trị/],
    [['check', 'a.xlsx', '--as-of', '2025-02-30'], /^phuluc: ngày "2025-02-30" của --as-of không có thật/],
    [['check', 'a.xlsx', '--as-of', '31/02/2025'], /^phuluc: ngày "31\/02\/2025" của --as-of không có thật/],
    [['check', 'a.xlsx', '--as-of', '29-02-2025'], /ngày "29-02-2025" của --as-of không có thật/],
    [['check', 'a.xlsx', '--year', '31/02/2026'], /ngày "31\/02\/2026" của --year không có thật/],
    [['check', 'a.xlsx', '--as-of', '12/2025'], /"12\/2025" của --as-of không hợp lệ: .*11\/12\/2025/],
    [['check', 'a.xlsx', '--as-of', '11/12-2025'], /--as-of không hợp lệ/],
    [['check', 'a.xlsx', '--as-of', '1800-01-01'], /--as-of không hợp lệ/],
    [['check', 'a.xlsx', '--year', '1899'], /--year không hợp lệ/],
    [['check', 'a.xlsx', '--year', '2201'], /--year không hợp lệ/],
    [['check', 'a.xlsx', '--year', '20x5'], /--year không hợp lệ/],
    [['check', 'a.xlsx', '--lang', 'fr'], /--lang không hợp lệ/],
    [['check', 'a.xlsx', '--subject', '   '], /--subject không hợp lệ/],
    [['check', 'a.xlsx', '--json=yes'], /--json không nhận giá trị/],
    [['check', 'a.xlsx', '-o', 'x.xlsx'], /--output không dùng được với lệnh check/],
    [['summarize', 'a.xlsx'], /cần tệp kết quả/],
    [['summarize', 'a.xlsx', 'b.xlsx', '-o', 'c.xlsx'], /đúng một tệp/],
    [['summarize', 'a.xlsx', '-o', 'c.csv'], /--output không hợp lệ/],
    [['template', '-o', 'm.xlsm'], /--output không hợp lệ/],
    [['rollup', 'a.xlsx', '-o', 'tong-hop.xlsm'], /--output không hợp lệ/],
    [['template'], /cần tệp kết quả/],
    [['template', '-o', 'm.xlsx', '--as-of', '2025-12-11'], /--as-of không dùng được với lệnh template/],
    [['template', 'extra', '-o', 'm.xlsx'], /không nhận tham số "extra"/],
    [['help', 'nope'], /không có lệnh "nope"/],
  ])('%j', async (args, pattern) => {
    const r = await runInProcess(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expectCleanError(r);
    expect(r.stderr.split('\n')[0]).toMatch(pattern);
    expect(r.stderr).toMatch(/--help/);
  });

  it.each([[['check', 'a.xlsx', '--bogus']], [['check', 'a.xlsx', '--as-of', '2025-02-30']], [[]]])(
    'the real command agrees: %j',
    async (args) => {
      const spawned = runCli(args);
      expect(spawned).toEqual(await runInProcess(args));
      expect(spawned.code).toBe(2);
    },
  );

  it('says in English that an impossible date does not exist', async () => {
    const r = await runInProcess(['check', 'a.xlsx', '--as-of', '31/02/2025', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('phuluc: the date "31/02/2025" given to --as-of does not exist (that month has no such day)');
  });

  it('speaks English with --lang en, wherever it is on the line', () => {
    const r = runCli(['check', '--year', '3000', 'a.xlsx', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^phuluc: invalid value "3000" for --year/);
    expect(r.stderr).toMatch(/See: phuluc check --help --lang en/);
  });
});

describe('parseCli (in process)', () => {
  it('fills the defaults: today, subject "Đơn vị", Vietnamese', () => {
    const r = parseCli(['check', 'a.xlsx', 'b.xlsx'], '2025-12-11');
    expect(r).toEqual({
      ok: true,
      request: {
        kind: 'check', lang: 'vi', files: ['a.xlsx', 'b.xlsx'], json: false, sinceLast: false,
        analyze: { asOf: '2025-12-11', year: undefined, unitsFile: undefined, subject: 'Đơn vị' },
      },
    });
  });

  it('reads every option', () => {
    const r = parseCli(
      ['summarize', 'in.xlsx', '-o', 'out.XLSX', '--as-of', '2024-02-29', '--year', '2030', '--units', 'u.txt', '--subject', ' UBND đặc khu ', '--json', '--lang', 'en'],
      '2025-12-11',
    );
    expect(r).toEqual({
      ok: true,
      request: {
        kind: 'summarize', lang: 'en', file: 'in.xlsx', output: 'out.XLSX', json: true,
        analyze: { asOf: '2024-02-29', year: 2030, unitsFile: 'u.txt', subject: 'UBND đặc khu' },
      },
    });
  });

  it.each([
    ['11/12/2025', '2025-12-11'],
    ['11-12-2025', '2025-12-11'],
    ['11.12.2025', '2025-12-11'],
    ['1/7/2025', '2025-07-01'],
    ['2025-12-11', '2025-12-11'],
    ['29/02/2024', '2024-02-29'],
  ])('--as-of %s is the day %s (day first, as people type it)', (written, iso) => {
    const r = parseCli(['check', 'a.xlsx', '--as-of', written], '2000-01-01');
    expect(r.ok && r.request.kind === 'check' && r.request.analyze.asOf).toBe(iso);
  });

  it.each([['2026', 2026], ['31/12/2026', 2026], ['2026-06-30', 2026]])('--year %s is %d', (written, year) => {
    const r = parseCli(['check', 'a.xlsx', '--year', written], '2025-12-11');
    expect(r.ok && r.request.kind === 'check' && r.request.analyze.year).toBe(year);
  });

  it('takes file names that start with a dash after --', () => {
    const r = parseCli(['check', '--', '-bao-cao.xlsx'], '2025-12-11');
    expect(r.ok && r.request.kind === 'check' && r.request.files).toEqual(['-bao-cao.xlsx']);
  });
});
