/** Worksheet, its protection and its frozen panes. */
import { MAX_COLUMNS, MAX_ROWS } from './address';
import { officeError } from './errors';
import type { SheetModel, WorkbookModel } from './model';
import { ClientObject, type FakeRequestContext, jsonBytes } from './requestContext';
import { FakePageBreakCollection, FakePageLayout } from './pageLayout';
import { assertSheetAlive, assertWritable, requireRect, sheetNameProblem } from './proxyTargets';
import { FakeRange } from './rangeProxy';
import { FakeRangeAreas } from './rangeAreasProxies';

export class FakeWorksheet extends ClientObject<SheetModel> {
  _freezePanes: FakeFreezePanes | undefined = undefined;
  _protection: FakeWorksheetProtection | undefined = undefined;
  _pageLayout: FakePageLayout | undefined = undefined;
  _pageBreaks: FakePageBreakCollection | undefined = undefined;

  constructor(
    context: FakeRequestContext,
    private readonly _resolver: () => SheetModel | null,
    bound?: SheetModel,
  ) {
    super(context, 'Worksheet', bound);
  }

  protected _resolve(): SheetModel | null {
    return this._resolver();
  }

  protected override _assertAlive(sheet: SheetModel): void {
    assertSheetAlive(sheet);
  }

  protected override _scalars(): Record<string, (sheet: SheetModel) => unknown> {
    return {
      name: (sheet) => sheet.name,
      position: (sheet) => this._workbookOf(sheet).sheets.indexOf(sheet),
      id: (sheet) => sheet.id,
      visibility: (sheet) => sheet.visibility,
    };
  }

  protected override _navigations(): string[] {
    return ['freezePanes', 'protection'];
  }

  private _workbookOf(sheet: SheetModel): WorkbookModel {
    assertSheetAlive(sheet);
    return this._context._host.model;
  }

  get name(): string {
    return this._read('name');
  }

  set name(value: string) {
    this._command(
      'name',
      (sheet) => {
        const problem = sheetNameProblem(value);
        if (problem) throw officeError('InvalidArgument', `The sheet name "${value}" ${problem}.`);
        const other = this._workbookOf(sheet).findSheet(value);
        if (other && other !== sheet) throw officeError('ItemAlreadyExists', `A worksheet named "${value}" already exists.`);
        sheet.name = value;
      },
      jsonBytes(value),
    );
  }

  get position(): number {
    return this._read('position');
  }

  set position(value: number) {
    this._command('position', (sheet) => {
      const workbook = this._workbookOf(sheet);
      if (!Number.isInteger(value) || value < 0 || value >= workbook.sheets.length) {
        throw officeError('InvalidArgument', `Invalid worksheet position ${value}.`);
      }
      workbook.sheets.splice(workbook.sheets.indexOf(sheet), 1);
      workbook.sheets.splice(value, 0, sheet);
    });
  }

  get id(): string {
    return this._read('id');
  }

  get visibility(): string {
    return this._read('visibility');
  }

  /** As Excel: only its three states, and never the last visible sheet hidden. */
  set visibility(value: string) {
    this._command('visibility(set)', (sheet) => {
      if (value !== 'Visible' && value !== 'Hidden' && value !== 'VeryHidden') {
        throw officeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: visibility "${String(value)}".`);
      }
      const others = this._workbookOf(sheet).liveSheets().filter((s) => s !== sheet && s.visibility === 'Visible');
      if (value !== 'Visible' && others.length === 0) {
        throw officeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      }
      sheet.visibility = value;
      // Excel shows another sheet when the one in view is hidden.
      const workbook = this._workbookOf(sheet);
      if (value !== 'Visible' && workbook.activeSheet === sheet) workbook.activeSheet = others[0];
    }, jsonBytes(value));
  }

  activate(): void {
    this._command('activate', (sheet) => {
      if (sheet.visibility !== 'Visible') throw officeError('InvalidOperation', 'A hidden worksheet cannot be activated.');
      this._workbookOf(sheet).activeSheet = sheet;
    });
  }

  delete(): void {
    this._command('delete', (sheet) => {
      const workbook = this._workbookOf(sheet);
      if (workbook.liveSheets().filter((s) => s.visibility === 'Visible' && s !== sheet).length === 0) {
        throw officeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      }
      workbook.removeSheet(sheet);
    });
  }

  getRange(address?: string): FakeRange {
    this._context._requireApi('Worksheet.getRange');
    return new FakeRange(this._context, () => ({
      sheet: this._live(),
      rect: address === undefined ? { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 } : requireRect(address),
    }));
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    this._context._requireApi('Worksheet.getUsedRange');
    if (valuesOnly !== undefined) this._context._requireApi('Worksheet.getUsedRange(valuesOnly)');
    return new FakeRange(this._context, () => {
      const sheet = this._live();
      return { sheet, rect: sheet.usedRect(valuesOnly === true) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this._context._requireApi('Worksheet.getUsedRangeOrNullObject');
    return new FakeRange(this._context, () => {
      const sheet = this._live();
      const rect = sheet.usedRect(valuesOnly === true);
      return rect ? { sheet, rect } : null;
    });
  }

  getRanges(address: string): FakeRangeAreas {
    this._context._requireApi('Worksheet.getRanges');
    return new FakeRangeAreas(this._context, () => {
      // Excel rejects very long address lists (OfficeDev/office-js#5198, from ~8,200 characters).
      if (address.length > 8_192) throw officeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      // Excel splits the list with the Windows locale's list separator only (office-js #1167, #1985):
      // ";" in Vietnamese, German, French… settings, "," in English ones.
      const separator = this._context._host.listSeparator;
      if (address.includes(separator === ',' ? ';' : ',')) {
        throw officeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      }
      return { sheet: this._live(), rects: address.split(separator).map((part) => requireRect(part)) };
    });
  }

  get freezePanes(): FakeFreezePanes {
    this._context._requireApi('Worksheet.freezePanes');
    this._freezePanes ??= new FakeFreezePanes(this._context, () => this._live());
    return this._freezePanes;
  }

  get pageLayout(): FakePageLayout {
    this._context._requireApi('Worksheet.pageLayout');
    this._pageLayout ??= new FakePageLayout(this._context, () => this._live());
    return this._pageLayout;
  }

  get horizontalPageBreaks(): FakePageBreakCollection {
    this._context._requireApi('Worksheet.horizontalPageBreaks');
    this._pageBreaks ??= new FakePageBreakCollection(this._context, () => this._live());
    return this._pageBreaks;
  }

  get protection(): FakeWorksheetProtection {
    this._context._requireApi('Worksheet.protection');
    this._protection ??= new FakeWorksheetProtection(this._context, () => this._live());
    return this._protection;
  }
}

export class FakeWorksheetProtection extends ClientObject<SheetModel> {
  constructor(context: FakeRequestContext, private readonly _resolver: () => SheetModel) {
    super(context, 'WorksheetProtection');
  }

  protected _resolve(): SheetModel {
    return this._resolver();
  }

  protected override _scalars(): Record<string, (sheet: SheetModel) => unknown> {
    return { protected: (sheet) => sheet.protected };
  }

  get protected(): boolean {
    return this._read('protected');
  }
}

export class FakeFreezePanes extends ClientObject<SheetModel> {
  constructor(context: FakeRequestContext, private readonly _resolver: () => SheetModel) {
    super(context, 'WorksheetFreezePanes');
  }

  protected _resolve(): SheetModel {
    return this._resolver();
  }

  freezeRows(count?: number): void {
    this._command('freezeRows', (sheet) => {
      assertWritable(sheet);
      sheet.frozenRows = count ?? 1;
    });
  }
}
