/**
 * The add-in's only contact with Office.js. The task pane and ribbon commands call these;
 * everything else in the product works on plain data (WorkbookSnapshot in, WritePlan out).
 */
export { CAPABILITY_API_SET, getCapabilities, type Capabilities } from './capabilities';
export { readWorkbookSnapshot, type ReadOptions } from './readWorkbookSnapshot';
export { applyWritePlan } from './applyWritePlan';
export { highlightFindings, clearHighlights, type ProtectedSheets } from './highlights';
export { selectCell } from './selectCell';
export { readStoredSettings, saveSettings } from './settingsStore';
export { FeatureUnavailableError } from './featureUnavailableError';
export { SheetNameTakenError } from './sheetNameTakenError';
export { describeExcelError } from './describeExcelError';
export { officeBodyBackground } from './officeBackground';
