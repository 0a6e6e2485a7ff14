import { analyze } from '../../src/engine/analyze';
import { planIssueSheet, ISSUE_SHEET } from '../../src/engine/issueSheet';
import { planSummarySheet, SUMMARY_SHEET } from '../../src/engine/summarySheet';
import { planTemplate } from '../../src/engine/template';
import { toReport, reportSchema } from '../../src/engine/report';
import { sheet, workbook } from './snapshotBuilder';
import { seed002pl3, seed004 } from './seedLayouts';

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

  it('lists every finding on "Kiểm tra" with a link to its cell', () => {
    const plan = planIssueSheet(analysis);
    expect(plan.name).toBe(ISSUE_SHEET);
    const rows = plan.values.slice(4);
    expect(rows).toHaveLength(analysis.findings.length);
    const first = analysis.findings[0];
    expect(rows[0].slice(0, 5)).toEqual([1, 'NQ57 - Kết quả', `=HYPERLINK("#'NQ57 - Kết quả'!${first.cell}","${first.cell}")`, expect.any(String), first.code]);
    expect(plan.freezeRows).toBe(4);
  });

  it('keeps user text that starts with "=" as text, and quotes in sheet names intact', () => {
    const s = sheet("Bảng 'A'", [['Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Trạng thái'], ['=SUM(1)', 'Phòng Kinh tế', '31/02/2025', 'Đang thực hiện']]);
    const plan = planIssueSheet(analyze(workbook(s), { asOf: AS_OF }));
    const row = plan.values[4];
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

  it('writes English labels when asked', () => {
    const en = analyze(workbook(seed004()), { asOf: AS_OF, lang: 'en' });
    expect(planSummarySheet(en).values[0][0]).toBe('SUMMARY OF TASKS AND INDICATORS');
    expect(planIssueSheet(en).values[3]).toEqual(['No.', 'Sheet', 'Cell', 'Severity', 'Code', 'Value', 'Message', 'How to fix']);
  });
});

describe('template', () => {
  it('makes a blank task and indicator appendix that the engine itself recognises', () => {
    const plan = planTemplate(['tasks', 'indicators']);
    expect(plan.sheets.map((s) => s.name)).toEqual(['Mẫu nhiệm vụ', 'Mẫu chỉ tiêu']);
    const [tasks, indicators] = plan.sheets;
    expect(tasks.validations).toEqual([{ range: 'F4:F203', values: ['Đã hoàn thành', 'Đang thực hiện', 'Chưa thực hiện'] }]);
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
    }]);
    const { plans: _plans, ...withoutPlans } = report.summary;
    expect(reportSchema.safeParse({ ...report, summary: withoutPlans }).success).toBe(false);
    const groupsWithoutSentence = report.summary.groups.map(({ sentence: _sentence, ...g }) => g);
    expect(reportSchema.safeParse({ ...report, summary: { ...report.summary, groups: groupsWithoutSentence } }).success).toBe(false);
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
