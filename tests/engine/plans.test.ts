import { analyze } from '../../src/engine/analyzeWorkbook';
import { planIssueSheet, ISSUE_SHEET } from '../../src/engine/sheets/issueSheet';
import { planSummarySheet, SUMMARY_SHEET } from '../../src/engine/sheets/summarySheet';
import { planTemplate } from '../../src/engine/sheets/template';
import type { SheetPlan } from '../../src/engine/sheets/writePlan';
import { characterCount, linesHeight, wrappedLines } from '../../src/engine/sheets/rowHeights';
import { LABELS } from '../../src/engine/labels/catalogue';
import { toReport, reportSchema } from '../../src/engine/summary/report';
import { sheet, workbook } from './snapshotBuilder';
import { seed002pl1, seed002pl1Progress, seed002pl2, seed002pl3, seed002pl4NoDiacritics, seed004 } from './seedLayouts';

const AS_OF = '2025-12-11';

describe('write plans (SPEC §7, §9)', () => {
  const analysis = analyze(workbook(seed004()), { asOf: AS_OF, subject: 'UBND đặc khu' });

  it('puts the sentence, the counts per sheet and group, and the lead units on "Tổng hợp"', () => {
    const plan = planSummarySheet(analysis);
    expect(plan.name).toBe(SUMMARY_SHEET);
    const texts = plan.values.map((r) => r[0]);
    expect(texts[0]).toBe('TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ, CHỈ TIÊU');
    expect(texts[1]).toBe('Số liệu tính đến ngày 11/12/2025');
    expect(texts[4]).toBe(analysis.summary.sentence);
    const all = plan.values.find((r) => r[0] === 'Toàn bộ');
    expect(all?.slice(1)).toEqual([
      analysis.summary.tasks.total, analysis.summary.tasks.done_on_time, analysis.summary.tasks.done_late,
      analysis.summary.tasks.in_progress, analysis.summary.tasks.overdue, analysis.summary.tasks.not_started,
      analysis.summary.tasks.unknown,
    ]);
    expect(texts).toContain('   C. Nhiệm vụ tại các Thông báo kết luận phiên họp Ban chỉ đạo Trung ương');
    expect(texts).toContain('UBND đặc khu Cát Hải');
    expect(plan.merges).toContain('A1:H1');
    for (const row of plan.values) expect(row).toHaveLength(8);
  });

  it('writes each group under its sheet, label then sentence, in sheet order', () => {
    const mixed = analyze(workbook(seed002pl1Progress(), seed004()), { asOf: AS_OF, subject: 'UBND đặc khu' });
    const texts = planSummarySheet(mixed).values.map((r) => r[0]);
    const start = texts.indexOf('Câu báo cáo theo từng mục');
    const groups = mixed.summary.groups;
    const pl1 = groups.filter((g) => g.sheet === 'PL1');
    const nq57 = groups.filter((g) => g.sheet === 'NQ57 - Kết quả');
    expect(texts.slice(start + 1, start + 2 + 2 * groups.length + 2)).toEqual([
      'PL1', ...pl1.flatMap((g) => [g.group, g.sentence]),
      'NQ57 - Kết quả', ...nq57.flatMap((g) => [g.group, g.sentence]),
      null,
    ]);
    expect(nq57[0].sentence).toMatch(/^UBND đặc khu được giao 02 nhiệm vụ và 0 chỉ tiêu, đã và đang thực hiện 02 nhiệm vụ/);
    const plan = planSummarySheet(mixed);
    const sentenceRow = start + 3;
    expect(plan.merges).toContain(`A${sentenceRow + 1}:H${sentenceRow + 1}`);
    expect(plan.formats).toContainEqual({ range: `A${sentenceRow + 1}:H${sentenceRow + 1}`, wrap: true, vAlign: 'top' });
  });

  it('leaves the group sentences out when no sheet has sections', () => {
    const flat = analyze(workbook(sheet('KQ', [['Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Trạng thái'], ['Việc A', 'Phòng Kinh tế', '31/12/2025', 'Đang thực hiện']])), { asOf: AS_OF });
    expect(planSummarySheet(flat).values.map((r) => r[0])).not.toContain('Câu báo cáo theo từng mục');
  });

  it('counts tasks and indicators by lead unit in two tables with the category columns of sections 1 and 2', () => {
    const mixed = analyze(workbook(seed004(), seed002pl1Progress()), { asOf: AS_OF });
    const values = planSummarySheet(mixed).values;
    const at = (heading: string) => values.findIndex((r) => r[0] === heading);
    const tasksAt = at('3. Nhiệm vụ theo đơn vị chủ trì');
    const indicatorsAt = at('4. Chỉ tiêu theo đơn vị chủ trì');
    expect(values[tasksAt + 1]).toEqual(['Đơn vị chủ trì', 'Tổng số', 'Hoàn thành đúng hạn', 'Hoàn thành quá hạn', 'Đang thực hiện trong hạn', 'Quá hạn', 'Chưa triển khai', 'Chưa xác định']);
    expect(values.slice(tasksAt + 2, indicatorsAt - 1)).toEqual([['UBND đặc khu Cát Hải', 8, 5, 0, 2, 1, 0, 0]]);
    expect(values[indicatorsAt + 1]).toEqual(['Đơn vị chủ trì', 'Tổng số', 'Đạt (hoàn thành)', 'Trong hạn (chưa đạt)', 'Không đạt (quá hạn)', 'Chưa có số liệu', 'Chưa xác định', null]);
    expect(values.slice(indicatorsAt + 2, indicatorsAt + 5)).toEqual([
      ['Trung tâm Phục vụ hành chính công', 2, 0, 0, 0, 2, 0, null],
      ['Phòng Kinh tế', 1, 0, 0, 0, 1, 0, null],
      ['Phòng Văn hóa - Xã hội', 1, 0, 0, 0, 1, 0, null],
    ]);
    expect(values[indicatorsAt + 5]).toEqual([null, null, null, null, null, null, null, null]);
    expect(values.flat()).not.toContain('Quá hạn (NV + CT)');
    expect(values.map((r) => r[0])).not.toContain('5. Trang kế hoạch (không có cột trạng thái): nhiệm vụ theo thời hạn');
  });

  it('summarises plan sheets by deadline in their own section, with a total and each lead unit', () => {
    const withPlans = analyze(workbook(seed004(), seed002pl3(), seed002pl4NoDiacritics()), { asOf: AS_OF });
    const values = planSummarySheet(withPlans).values;
    // Section 2 (indicators) is left out: the workbook has none to count.
    const at = values.findIndex((r) => r[0] === '3. Trang kế hoạch (không có cột trạng thái): nhiệm vụ theo thời hạn');
    expect(values.map((r) => r[0])).toEqual(expect.arrayContaining(['1. Nhiệm vụ', '2. Nhiệm vụ theo đơn vị chủ trì']));
    expect(values.map((r) => r[0])).not.toContain('2. Chỉ tiêu');
    expect(values.slice(at + 1, at + 11)).toEqual([
      ['Phạm vi', 'Tổng số', 'Đã đến hạn', 'Đến hạn trong năm 2025', 'Đến hạn sau năm 2025', 'Thường xuyên', 'Chưa rõ thời hạn', null],
      ['Toàn bộ', 5, 1, 2, 0, 1, 1, null],
      ['PL3', 2, 1, 0, 0, 1, 0, null],
      ['   UBND đặc khu, các cơ quan chuyên môn', 1, 0, 0, 0, 1, 0, null],
      ['   UBND đặc khu, các cơ quan chuyên môn, trung tâm PV HCC', 1, 1, 0, 0, 0, 0, null],
      ['PL4', 3, 0, 2, 0, 0, 1, null],
      ['   Phòng Văn hóa - Xã hội, Trung tâm Dịch vụ tổng hợp', 1, 0, 1, 0, 0, 0, null],
      ['   Phòng Văn hóa - Xã hội', 1, 0, 1, 0, 0, 0, null],
      ['   Các cơ quan chuyên môn', 1, 0, 0, 0, 0, 1, null],
      [null, null, null, null, null, null, null, null],
    ]);
    const en = planSummarySheet(analyze(workbook(seed002pl3()), { asOf: AS_OF, lang: 'en' })).values;
    expect(en).toContainEqual(['Scope', 'Total', 'Already due', 'Due in 2025', 'Due after 2025', 'Ongoing', 'No clear deadline', null]);
  });

  it('lists every finding on "Kiểm tra" with a link to its cell', () => {
    const plan = planIssueSheet(analysis);
    expect(plan.name).toBe(ISSUE_SHEET);
    expect(plan.values[4][0]).toBe(`Trang "NQ57 - Kết quả": ${analysis.findings.length} phát hiện`);
    const rows = plan.values.slice(5);
    expect(rows).toHaveLength(analysis.findings.length);
    const first = [...analysis.findings].sort((a, b) => a.row - b.row || a.col - b.col)[0];
    expect(rows[0]).toEqual([
      1, 'NQ57 - Kết quả', `=HYPERLINK("#'NQ57 - Kết quả'!${first.cell}","${first.cell}")`, expect.any(String),
      LABELS.vi.findingCode[first.code], first.value, first.message, first.hint, first.code,
    ]);
    expect(plan.freezeRows).toBe(4);
  });

  it('groups the findings of "Kiểm tra" by sheet in workbook order, each sorted by row then column', () => {
    const two = analyze(workbook(
      sheet('Một', [['Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn'], ['A', '', '31/02/2025'], ['B', '', 'x']]),
      sheet('Hai', [['Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn'], ['', 'P', '31/02/2025']]),
    ), { asOf: AS_OF });
    const shuffled = { ...two, findings: [...two.findings].reverse() };
    const plan = planIssueSheet(shuffled);
    const cells = plan.values.slice(4).map((r) => (typeof r[0] === 'number' ? `${r[1]}!${/"([A-Z]+\d+)"\)$/.exec(String(r[2]))?.[1]}` : r[0]));
    expect(cells).toEqual([
      'Trang "Một": 4 phát hiện', 'Một!B2', 'Một!C2', 'Một!B3', 'Một!C3',
      'Trang "Hai": 2 phát hiện', 'Hai!A2', 'Hai!C2',
    ]);
    expect(plan.values.filter((r) => typeof r[0] === 'number').map((r) => r[0])).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('keeps user text that starts with "=" as text, and quotes in sheet names intact', () => {
    const s = sheet("Bảng 'A'", [['Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Trạng thái'], ['=SUM(1)', 'Phòng Kinh tế', '31/02/2025', 'Đang thực hiện']]);
    const plan = planIssueSheet(analyze(workbook(s), { asOf: AS_OF }));
    const row = plan.values[5];
    expect(row[2]).toBe(`=HYPERLINK("#'Bảng ''A'''!C2","C2")`);
    const dup = analyze(workbook(sheet('X', [['Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn'], ['=A"1', 'P', 'x'], ['=A"1', 'P', 'x']])), { asOf: AS_OF });
    const values = planIssueSheet(dup).values.map((r) => r[5]);
    expect(values).toContain('="=A""1"');
  });

  it('says so when there is nothing to report', () => {
    const empty = analyze(workbook(), { asOf: AS_OF });
    expect(planIssueSheet(empty).values[4][1]).toBe('Không có phát hiện nào.');
    expect(planSummarySheet(empty).values[4][0]).toBe(
      'Đơn vị được giao 0 nhiệm vụ và 0 chỉ tiêu, đã và đang thực hiện 0 nhiệm vụ và 0 chỉ tiêu, hoàn thành 0 nhiệm vụ/chỉ tiêu, trong hạn 0 nhiệm vụ/chỉ tiêu, quá hạn 0 nhiệm vụ/chỉ tiêu; chưa triển khai 0 nhiệm vụ/chỉ tiêu.',
    );
  });

  it('gives the merged sentence rows of "Tổng hợp" the height their text needs, growing with it', () => {
    const heightOf = (plan: SheetPlan, row: number) => plan.rowHeights?.find((h) => h.row === row)?.height;
    const mergedWidth = (plan: SheetPlan) => plan.columnWidths.reduce((sum, w) => sum + w, 0);
    const expected = (plan: SheetPlan, text: string) => linesHeight(wrappedLines(text, mergedWidth(plan), 12), 12);

    const plan = planSummarySheet(analysis);
    expect(mergedWidth(plan)).toBe(116);
    expect(characterCount(analysis.summary.sentence)).toBeGreaterThan(116);
    expect(heightOf(plan, 4)).toBe(expected(plan, analysis.summary.sentence));
    expect(heightOf(plan, 4)).toBeGreaterThanOrEqual(30);
    const groupRow = plan.values.findIndex((r) => r[0] === analysis.summary.groups[0].sentence);
    expect(heightOf(plan, groupRow)).toBe(expected(plan, analysis.summary.groups[0].sentence));
    // The title is in a larger font than the sheet's; the date and a heading take one line of it.
    expect(heightOf(plan, 0)).toBe(linesHeight(1, 14));
    for (const row of [1, 3]) expect(heightOf(plan, row)).toBeUndefined();

    const wordy = analyze(workbook(seed004()), { asOf: AS_OF, subject: 'Ủy ban nhân dân đặc khu Cát Hải, thành phố Hải Phòng '.repeat(8).trim() });
    const longer = planSummarySheet(wordy);
    expect(characterCount(wordy.summary.sentence)).toBeGreaterThan(3 * 116);
    expect(heightOf(longer, 4)).toBe(expected(longer, wordy.summary.sentence));
    expect(heightOf(longer, 4)).toBeGreaterThan(heightOf(plan, 4) as number);
  });

  it('gives each finding row the height of its tallest wrapped cell: LibreOffice does not fit rows itself', () => {
    const plan = planIssueSheet(analysis);
    const rows = plan.values.map((row, i) => ({ row, i })).filter(({ row }) => typeof row[0] === 'number');
    expect(rows.some(({ row }) => [5, 6, 7].some((c) => String(row[c]).length > plan.columnWidths[c]))).toBe(true);
    for (const { row, i } of rows) {
      const lines = Math.max(...[5, 6, 7].map((c) => wrappedLines(String(row[c]), plan.columnWidths[c], 12)));
      const height = plan.rowHeights?.find((h) => h.row === i)?.height ?? linesHeight(1, 12);
      expect(height).toBeGreaterThanOrEqual(linesHeight(lines, 12));
    }
  });

  it('writes English labels when asked', () => {
    const en = analyze(workbook(seed004()), { asOf: AS_OF, lang: 'en', dueSoonDays: 0 });
    expect(planSummarySheet(en).values[0][0]).toBe('SUMMARY OF TASKS AND INDICATORS');
    expect(planIssueSheet(en).values[3]).toEqual(['No.', 'Sheet', 'Cell', 'Severity', 'Finding', 'Value', 'Message', 'How to fix', 'Code']);
    expect(planIssueSheet(en).values[5][4]).toBe(LABELS.en.findingCode['duplicate-task']);
  });
});

describe('template', () => {
  it('makes a blank task and indicator appendix that the engine itself recognises', () => {
    const plan = planTemplate(['tasks', 'indicators']);
    expect(plan.sheets.map((s) => s.name)).toEqual(['Mẫu nhiệm vụ', 'Mẫu chỉ tiêu']);
    const [tasks, indicators] = plan.sheets;
    expect(tasks.validations).toEqual([{
      range: 'F4:F203', values: ['Đã hoàn thành', 'Đang thực hiện', 'Chưa thực hiện'],
      prompt: { title: 'Trạng thái', text: expect.stringContaining('Chọn một trạng thái') },
      error: { title: 'Trạng thái không hợp lệ', text: expect.stringContaining('Chỉ nhận một trong các trạng thái') },
    }]);
    expect(tasks.dateValidations?.map((v) => v.range)).toEqual(['E4:E203', 'H4:H203']);
    expect(tasks.dateValidations?.[0]).toMatchObject({ error: { title: 'Ngày không hợp lệ' }, prompt: { title: 'Ngày' } });
    expect(indicators.dateValidations).toEqual([]);
    expect(tasks.freezeRows).toBe(3);
    expect(tasks.formats).toContainEqual({ range: 'E4:E203', numberFormat: 'dd/mm/yyyy', hAlign: 'center' });
    const snapshot = workbook(
      sheet(tasks.name, tasks.values.slice(0, 4).map((r) => r.map((v) => v ?? null))),
      sheet(indicators.name, indicators.values.slice(0, 4).map((r) => r.map((v) => v ?? null))),
    );
    const kinds = analyze(snapshot, { asOf: AS_OF }).sheets.map((s) => s.structure.kind);
    expect(kinds).toEqual(['tasks', 'indicators']);
  });

  it('never reuses the name of a sheet the workbook already has', () => {
    const plan = planTemplate(['tasks'], 'vi', ['Mẫu nhiệm vụ', 'mẫu nhiệm vụ (2)']);
    expect(plan.sheets[0].name).toBe('Mẫu nhiệm vụ (3)');
  });

  it('compares names as Excel does (upper case): a dotless ı takes the name, which lower case would miss', () => {
    expect('Mẫu nhıệm vụ'.toLowerCase()).not.toBe('Mẫu nhiệm vụ'.toLowerCase());
    const plan = planTemplate(['tasks'], 'vi', ['Mẫu nhıệm vụ']);
    expect(plan.sheets[0].name).toBe('Mẫu nhiệm vụ (2)');
  });
});

describe('JSON report (SPEC §8)', () => {
  it('has the stable shape and validates against its schema', () => {
    const analysis = analyze(workbook(seed004()), { asOf: AS_OF });
    const report = toReport(analysis, 'bao-cao.xlsx');
    expect(reportSchema.parse(report)).toEqual(report);
    expect(report).toMatchObject({ file: 'bao-cao.xlsx', asOf: AS_OF });
    expect(report.sheets[0]).toMatchObject({
      name: 'NQ57 - Kết quả', kind: 'tasks', headerRows: [2, 7, 11],
      columns: { name: 'A', lead: 'B', deadline: 'C', status: 'D', report: 'E', completedOn: 'F' },
    });
    expect(Object.keys(report.issues[0])).toEqual(['sheet', 'cell', 'field', 'code', 'severity', 'value', 'message', 'hint']);
  });

  it('adds each group\'s sentence and the plan sheets by deadline, and its schema requires them', () => {
    const analysis = analyze(workbook(seed004(), seed002pl3()), { asOf: AS_OF });
    const report = toReport(analysis, 'bao-cao.xlsx');
    expect(reportSchema.parse(report)).toEqual(report);
    expect(report.summary.groups.map((g) => g.sentence)).toEqual(analysis.summary.groups.map((g) => g.sentence));
    expect(report.summary.plans).toEqual([{
      sheet: 'PL3',
      byDeadline: { total: 2, already_due: 1, due_this_year: 0, due_later: 0, ongoing: 1, no_deadline: 0 },
      byLead: [
        { lead: 'UBND đặc khu, các cơ quan chuyên môn', byDeadline: { total: 1, already_due: 0, due_this_year: 0, due_later: 0, ongoing: 1, no_deadline: 0 } },
        { lead: 'UBND đặc khu, các cơ quan chuyên môn, trung tâm PV HCC', byDeadline: { total: 1, already_due: 1, due_this_year: 0, due_later: 0, ongoing: 0, no_deadline: 0 } },
      ],
      indicators: { total: 0, byLead: [], years: [] },
    }]);
    expect(report.summary.plansOnly).toBe(false);
    const { plans: _plans, ...withoutPlans } = report.summary;
    expect(reportSchema.safeParse({ ...report, summary: withoutPlans }).success).toBe(false);
    const { plansOnly: _plansOnly, ...withoutPlansOnly } = report.summary;
    expect(reportSchema.safeParse({ ...report, summary: withoutPlansOnly }).success).toBe(false);
    const groupsWithoutSentence = report.summary.groups.map(({ sentence: _sentence, ...g }) => g);
    expect(reportSchema.safeParse({ ...report, summary: { ...report.summary, groups: groupsWithoutSentence } }).success).toBe(false);
  });
});

describe('plan sheets on "Tổng hợp" and in the JSON report (SPEC §2.1, §2.2)', () => {
  it('lists plan indicators per sheet with their target years and per lead unit, apart from the counted ones', () => {
    const withPlans = analyze(workbook(seed004(), seed002pl1(), seed002pl2()), { asOf: AS_OF });
    const values = planSummarySheet(withPlans).values;
    const texts = values.map((r) => r[0]);
    // Only seed 004's tasks are counted: no indicator section, no notice.
    expect(texts).not.toContain('2. Chỉ tiêu');
    expect(texts).not.toContain('3. Chỉ tiêu theo đơn vị chủ trì');
    expect(texts.some((t) => typeof t === 'string' && t.startsWith('Các bảng chỉ có kế hoạch'))).toBe(false);
    const at = texts.indexOf('3. Trang kế hoạch (không có cột kết quả thực hiện): chỉ tiêu theo đơn vị chủ trì');
    expect(values.slice(at + 1, at + 10)).toEqual([
      ['Phạm vi', 'Tổng số', 'Năm đánh giá', null, null, null, null, null],
      ['PL1', 4, '2030', null, null, null, null, null],
      ['   Trung tâm Phục vụ hành chính công', 2, null, null, null, null, null, null],
      ['   Phòng Kinh tế', 1, null, null, null, null, null, null],
      ['   Phòng Văn hóa - Xã hội', 1, null, null, null, null, null, null],
      ['PL2', 3, '2025, 2030, 2035', null, null, null, null, null],
      ['   Phòng Văn hóa - Xã hội', 3, null, null, null, null, null, null],
      [null, null, null, null, null, null, null, null],
      ['Bảng do Phụ lục tạo; chạy lại sẽ thay thế trang này.', null, null, null, null, null, null, null],
    ]);
    expect(texts).not.toContain('4. Trang kế hoạch (không có cột trạng thái): nhiệm vụ theo thời hạn');
  });

  it('says why the sentence is all zeros when the workbook holds plans only, and prints no empty table', () => {
    const onlyPlans = analyze(workbook(seed002pl1(), seed002pl3()), { asOf: AS_OF, lang: 'en' });
    expect(onlyPlans.summary.plansOnly).toBe(true);
    const texts = planSummarySheet(onlyPlans).values.map((r) => r[0]);
    expect(texts.slice(3, 7)).toEqual([
      'Report sentence',
      onlyPlans.summary.sentence,
      'The tables hold plans only (no Status / Actual result column), so the report sentence has nothing to count yet; add that column to track progress.',
      null,
    ]);
    expect(texts.filter((t) => typeof t === 'string' && /^\d\. /.test(t))).toEqual([
      '1. Plan sheets (no status column): tasks by deadline',
      '2. Plan sheets (no actual result column): indicators by lead unit',
    ]);
  });

  it('carries plan indicators and the plans-only flag in the JSON report', () => {
    const report = toReport(analyze(workbook(seed002pl2()), { asOf: AS_OF }), 'ke-hoach.xlsx');
    expect(reportSchema.parse(report)).toEqual(report);
    expect(report.summary.indicators.total).toBe(0);
    expect(report.summary.plansOnly).toBe(true);
    expect(report.summary.plans).toEqual([{
      sheet: 'PL2',
      byDeadline: { total: 0, already_due: 0, due_this_year: 0, due_later: 0, ongoing: 0, no_deadline: 0 },
      byLead: [],
      // Each indicator's first target from 2025 on: 5G in 2025, 6G in 2035, technology renewal in 2030.
      indicators: { total: 3, byLead: [{ lead: 'Phòng Văn hóa - Xã hội', total: 3 }], years: [2025, 2030, 2035] },
    }]);
    const withoutIndicators = report.summary.plans.map(({ indicators: _indicators, ...p }) => p);
    expect(reportSchema.safeParse({ ...report, summary: { ...report.summary, plans: withoutIndicators } }).success).toBe(false);
  });
});

describe("the product's own sheets (SPEC §9)", () => {
  const task = sheet('PL', [['Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn'], ['Việc A', 'Phòng Kinh tế', '31/02/2025']]);

  it('skips its earlier "Tổng hợp" and "Kiểm tra" when checking, and replaces them by name', () => {
    const first = analyze(workbook(task), { asOf: AS_OF });
    const summary = planSummarySheet(first);
    const issues = planIssueSheet(first);
    const again = analyze(workbook(task, sheet(summary.name, summary.values), sheet(issues.name, issues.values)), { asOf: AS_OF });
    expect(again.findings).toEqual(first.findings);
    expect(again.summary.sheets.map((s) => s.sheet)).toEqual(['PL']);
    expect([planSummarySheet(again).name, planIssueSheet(again).name]).toEqual(['Tổng hợp', 'Kiểm tra']);
  });

  it("never replaces the user's own sheet that happens to be called \"Tổng hợp\"", () => {
    const mine = sheet('Tổng hợp', [['Bảng tổng hợp của phòng'], ['Số liệu tự nhập', 12]]);
    const analysis = analyze(workbook(task, mine), { asOf: AS_OF });
    expect(planSummarySheet(analysis).name).toBe('Tổng hợp (2)');
    expect(analysis.workbookSheets).toEqual([{ name: 'PL', own: false }, { name: 'Tổng hợp', own: false }]);
  });

  it('compares names as Excel does (upper case): the user\'s "Kıểm tra" (dotless ı) is "Kiểm tra" to Excel, so it is kept', () => {
    expect('Kıểm tra'.toLowerCase()).not.toBe('Kiểm tra'.toLowerCase());
    const mine = sheet('Kıểm tra', [['Danh sách kiểm tra của phòng']]);
    const analysis = analyze(workbook(task, mine), { asOf: AS_OF });
    expect(planIssueSheet(analysis).name).toBe('Kiểm tra (2)');
  });
});

describe('a check of the active sheet only', () => {
  it("analyses only that sheet, yet still keeps clear of the user's other sheets' names", () => {
    const task = sheet('PL', [['Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn'], ['Việc A', 'Phòng Kinh tế', '31/02/2025']]);
    const mine = { ...sheet('Kiểm tra', [['Danh sách kiểm tra của phòng']]), notRead: true as const };
    const analysis = analyze(workbook(task, mine), { asOf: AS_OF });
    expect(analysis.sheets.map((s) => s.structure.name)).toEqual(['PL']);
    expect(planIssueSheet(analysis).name).toBe('Kiểm tra (2)');
  });
});
