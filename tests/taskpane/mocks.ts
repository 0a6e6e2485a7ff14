/**
 * Module factories for jest.mock in the pane's tests: the Office.js layer and the engine are
 * replaced by bare jest.fn()s, which fixtures.tsx gives realistic default behaviour.
 */
export function excelModule() {
  return {
    getCapabilities: jest.fn(),
    // Real: a constant table the pane shows in its capability notes' tooltips.
    CAPABILITY_API_SET: jest.requireActual('../../src/excel/capabilities').CAPABILITY_API_SET,
    readWorkbookSnapshot: jest.fn(),
    applyWritePlan: jest.fn(),
    highlightFindings: jest.fn(),
    clearHighlights: jest.fn(),
    selectCell: jest.fn(),
    readStoredSettings: jest.fn(),
    saveSettings: jest.fn(),
    describeExcelError: jest.fn(),
    // Real: the theme tests set the Office global and read what the pane makes of it.
    officeBodyBackground: jest.requireActual('../../src/excel/officeBackground').officeBodyBackground,
  };
}

export function engineModule() {
  return {
    // Pure helpers (date parsing and display) stay real; what the pane orchestrates is mocked.
    ...jest.requireActual('../../src/engine'),
    analyze: jest.fn(),
    planIssueSheet: jest.fn(),
    planSummarySheet: jest.fn(),
    planTemplate: jest.fn(),
  };
}
