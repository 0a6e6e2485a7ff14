import { FakeExcel, type FakeExcelOptions } from './fakeExcel';

export interface InstalledFakeExcel extends FakeExcel {
  /** Puts back whatever globalThis.Excel / globalThis.Office were before. */
  uninstall(): void;
}

/**
 * Creates a fake Excel and makes it the global `Excel` and `Office`, as office.js would in a task
 * pane — also usable from a browser page (end-to-end tests, previews): it uses no Node APIs.
 */
export function installFakeExcel(options: FakeExcelOptions = {}): InstalledFakeExcel {
  const fake = new FakeExcel(options) as InstalledFakeExcel;
  const global = globalThis as Record<string, unknown>;
  const previous = { Excel: global.Excel, Office: global.Office };
  global.Excel = fake.excelNamespace;
  global.Office = fake.officeNamespace;
  fake.uninstall = () => {
    global.Excel = previous.Excel;
    global.Office = previous.Office;
  };
  return fake;
}
