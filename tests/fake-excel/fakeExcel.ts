import type { WorkbookSnapshot } from '../../src/engine';
import { formatAddress } from './address';
import { FakeUsageError, officeError } from './errors';
import { SheetModel, WorkbookModel } from './model';
import { FakeSettings, makeOfficeNamespace, type SettingsStore } from './officeNamespace';
import { FakeOfficeUi } from './officeUi';
import { FakeWorkbook } from './workbookProxies';
import { FakeRequestContext, strict, type HostState } from './requestContext';

export interface FakeExcelOptions {
  /** Highest ExcelApi requirement set supported, e.g. "1.1" for Excel 2016. Default "1.17". */
  excelApi?: string;
  /** Largest request or response of one sync, in bytes. Default 5 MB, as Excel on the web. */
  payloadLimitBytes?: number;
  /** Settings already saved in the workbook. */
  settings?: Record<string, unknown>;
  /** The list separator of the user's Windows locale, which Worksheet.getRanges splits on. Default ",". */
  listSeparator?: ',' | ';';
  /** A workbook in the 1904 date system: date serials stored 1,462 lower, displayed as the same dates. */
  date1904?: boolean;
}

interface Fault {
  when: (command: { member: string; sync: number }) => boolean;
  code: string;
  message: string;
}

/**
 * A strict stand-in for Excel: an in-memory workbook behind Office.js-shaped proxies, with the
 * rules that make real add-ins fail (load before read, sync before use, requirement sets,
 * payload limits, protected sheets, missing items). Runs in Node and in a browser page.
 */
export class FakeExcel implements HostState {
  readonly model = new WorkbookModel();
  apiVersion: string;
  payloadLimitBytes: number;
  listSeparator: ',' | ';';
  /** Every context.sync() since the fake was made (or resetSyncCount()). */
  syncCount = 0;
  /** Every Excel.run. */
  runCount = 0;
  private readonly settingsStore: SettingsStore;
  private settings: FakeSettings;
  private readonly faults: Fault[] = [];
  /** Ribbon commands associated by the add-in, and the dialogs it opened. */
  readonly ui = new FakeOfficeUi();

  /** What to assign to globalThis.Excel. */
  readonly excelNamespace: Record<string, unknown>;
  /** What to assign to globalThis.Office. */
  readonly officeNamespace: Record<string, unknown>;

  constructor(options: FakeExcelOptions = {}) {
    this.apiVersion = options.excelApi ?? '1.17';
    this.payloadLimitBytes = options.payloadLimitBytes ?? 5 * 1024 * 1024;
    this.listSeparator = options.listSeparator ?? ',';
    this.model.date1904 = options.date1904 === true;
    this.settingsStore = { saved: { ...options.settings }, failNextSave: false };
    this.settings = new FakeSettings(this.settingsStore);
    this.excelNamespace = strict({ run: (...args: unknown[]) => this.run(...args) }, 'Excel');
    this.officeNamespace = makeOfficeNamespace(() => ({ apiVersion: this.apiVersion, settings: this.settings, ui: this.ui }));
  }

  /**
   * Another runtime on the same workbook (the ribbon commands next to the pane, a dialog): an
   * Office namespace with its own copy of the saved settings, taken now.
   */
  startRuntime(): Record<string, unknown> {
    const settings = new FakeSettings(this.settingsStore);
    return makeOfficeNamespace(() => ({ apiVersion: this.apiVersion, settings, ui: this.ui }));
  }

  // ---- Excel.run ----

  async run(...args: unknown[]): Promise<unknown> {
    const batch = args[0];
    if (args.length !== 1 || typeof batch !== 'function') {
      throw new FakeUsageError('only Excel.run(batch) is modelled');
    }
    this.runCount++;
    const context = new FakeRequestContext(this, (ctx) => new FakeWorkbook(ctx, this.model));
    try {
      const result = await (batch as (context: FakeRequestContext) => Promise<unknown>)(context);
      // Like Excel.run: commands still queued when the batch returns are sent.
      if (context._hasPending) await context.sync();
      return result;
    } finally {
      context._closed = true;
    }
  }

  beforeCommand(member: string): void {
    const index = this.faults.findIndex((fault) => fault.when({ member, sync: this.syncCount }));
    if (index < 0) return;
    const [fault] = this.faults.splice(index, 1);
    throw officeError(fault.code, fault.message, member);
  }

  // ---- test controls ----

  /** Makes the first command matching `when` fail (once) with an Excel error. */
  failWhen(
    when: (command: { member: string; sync: number }) => boolean,
    code = 'GeneralException',
    message = 'An internal error has occurred.',
  ): void {
    this.faults.push({ when, code, message });
  }

  failNextSettingsSave(): void {
    this.settingsStore.failNextSave = true;
  }

  resetSyncCount(): void {
    this.syncCount = 0;
  }

  /** Closes and reopens the document: unsaved settings are lost, saved ones come back. */
  reopen(): void {
    this.settings = new FakeSettings(this.settingsStore);
  }

  // ---- building and inspecting the workbook ----

  addSheet(name: string): SheetModel {
    return this.model.addSheet(name);
  }

  loadSnapshot(snapshot: WorkbookSnapshot): this {
    this.model.loadSnapshot(snapshot);
    return this;
  }

  /** The sheet named so (as Excel, ignoring case); throws when there is none. */
  sheet(name: string): SheetModel {
    const sheet = this.model.findSheet(name);
    if (!sheet) throw new FakeUsageError(`no sheet "${name}" (sheets: ${this.sheetNames.join(', ')})`);
    return sheet;
  }

  hasSheet(name: string): boolean {
    return this.model.findSheet(name) !== undefined;
  }

  get sheetNames(): string[] {
    return this.model.liveSheets().map((sheet) => sheet.name);
  }

  get activeSheetName(): string | undefined {
    return this.model.activeSheet?.name;
  }

  activate(name: string): void {
    this.model.activeSheet = this.sheet(name);
  }

  get selection(): { sheet: string; address: string } | undefined {
    const selection = this.model.selection;
    return selection && { sheet: selection.sheet.name, address: formatAddress(selection.rect) };
  }

  /** Settings as saved in the workbook file. */
  get savedSettings(): Record<string, unknown> {
    return this.settingsStore.saved;
  }
}
