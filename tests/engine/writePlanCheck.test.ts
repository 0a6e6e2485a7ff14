import type { SheetPlan } from '../../src/engine/sheets/writePlan';
import { checkWritePlan } from '../../src/engine/sheets/writePlanCheck';
import { planTemplate } from '../../src/engine/sheets/template';

const sheet: SheetPlan = {
  name: 'Tổng hợp',
  values: [['Tiêu đề'], ['x']],
  columnWidths: [20],
  merges: ['A1:C1'],
  formats: [{ range: 'A1:C1', bold: true }],
  rowHeights: [{ row: 1, height: 409 }],
  validations: [{ range: 'B2:B10', values: ['Đã hoàn thành'] }],
};

describe('checkWritePlan', () => {
  it('accepts a valid plan, and the engine’s own template', () => {
    expect(() => checkWritePlan({ sheets: [sheet, { ...sheet, name: 'Kiểm tra' }] })).not.toThrow();
    expect(() => checkWritePlan(planTemplate(['tasks', 'indicators'], 'vi'))).not.toThrow();
  });

  it.each([
    ['', /1 to 31 characters/],
    ['x'.repeat(32), /1 to 31 characters/],
    ['Tổng: hợp', /must not contain/],
    ['a/b', /must not contain/],
    ["'Tổng hợp", /apostrophe/],
    ['history', /reserved/],
  ])('refuses the sheet name %j', (name, reason) => {
    expect(() => checkWritePlan({ sheets: [{ ...sheet, name }] })).toThrow(reason);
  });

  it('accepts page breaks in order, and refuses one before the first row, out of order or past the grid', () => {
    const setup = (breaksBefore: number[]): SheetPlan => ({
      ...sheet,
      pageSetup: { paper: 'A4', orientation: 'landscape', fitToWidth: 1, breaksBefore, margins: { left: 1, right: 1, top: 1, bottom: 1, header: 0, footer: 0 } },
    });
    expect(() => checkWritePlan({ sheets: [setup([5, 40])] })).not.toThrow();
    for (const bad of [[0], [40, 5], [5, 5], [1.5], [1_048_576]]) {
      expect(() => checkWritePlan({ sheets: [setup(bad)] })).toThrow(/page break/);
    }
    expect(() => checkWritePlan({ sheets: [setup(Array.from({ length: 1024 }, (_, i) => i + 1))] })).toThrow(/1024 page breaks/);
  });

  it('refuses a sheet planned twice, whatever the case', () => {
    expect(() => checkWritePlan({ sheets: [sheet, { ...sheet, name: 'TỔNG HỢP' }] })).toThrow(/planned twice/);
  });

  it.each([
    ['a format', { formats: [{ range: 'A1:', bold: true }] }],
    ['a merge', { merges: ['A0:B1'] }],
    ['a validation', { validations: [{ range: 'XFE1', values: ['a'] }] }],
  ])('refuses an invalid range in %s', (_what, change) => {
    expect(() => checkWritePlan({ sheets: [{ ...sheet, ...change }] })).toThrow(/invalid range/);
  });

  it.each([
    [{ row: 1, height: 410 }],
    [{ row: 1, height: 0 }],
    [{ row: 1, height: Number.NaN }],
    [{ row: -1, height: 30 }],
    [{ row: 1.5, height: 30 }],
    [{ row: 1_048_576, height: 30 }],
  ])('refuses the row height %j', (rowHeight) => {
    expect(() => checkWritePlan({ sheets: [{ ...sheet, rowHeights: [rowHeight] }] })).toThrow(/invalid height/);
  });
});
