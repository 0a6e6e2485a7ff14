/** Workbook and WorksheetCollection over the fake's WorkbookModel. */
import { FakeUsageError, officeError } from './errors';
import type { SheetModel, WorkbookModel } from './model';
import { ClientCollection, ClientObject, ClientResult, type FakeRequestContext, jsonBytes } from './requestContext';
import { sheetNameProblem } from './proxyTargets';
import { FakeWorksheet } from './worksheetProxies';

export class FakeWorkbook extends ClientObject<WorkbookModel> {
  _worksheets: FakeWorksheetCollection | undefined = undefined;

  constructor(context: FakeRequestContext, model: WorkbookModel) {
    super(context, 'Workbook', model);
  }

  protected _resolve(): WorkbookModel {
    throw new FakeUsageError('the workbook is always bound');
  }

  protected override _navigations(): string[] {
    return ['worksheets'];
  }

  get worksheets(): FakeWorksheetCollection {
    this._context._requireApi('Workbook.worksheets');
    this._worksheets ??= new FakeWorksheetCollection(this._context, this._live());
    return this._worksheets;
  }
}

export class FakeWorksheetCollection extends ClientCollection<WorkbookModel, SheetModel, FakeWorksheet> {
  constructor(context: FakeRequestContext, model: WorkbookModel) {
    super(context, 'WorksheetCollection', model);
  }

  protected _resolve(): WorkbookModel {
    throw new FakeUsageError('the worksheet collection is always bound');
  }

  protected _models(workbook: WorkbookModel): SheetModel[] {
    return workbook.liveSheets();
  }

  protected _wrap(sheet: SheetModel): FakeWorksheet {
    return new FakeWorksheet(this._context, () => sheet, sheet);
  }

  getItem(name: string): FakeWorksheet {
    this._context._requireApi('WorksheetCollection.getItem');
    const workbook = this._live();
    return new FakeWorksheet(this._context, () => {
      const sheet = workbook.findSheet(name);
      if (!sheet) throw officeError('ItemNotFound', `The requested resource doesn't exist (worksheet "${name}").`);
      return sheet;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    this._context._requireApi('WorksheetCollection.getItemOrNullObject');
    const workbook = this._live();
    return new FakeWorksheet(this._context, () => workbook.findSheet(name) ?? null);
  }

  getActiveWorksheet(): FakeWorksheet {
    this._context._requireApi('WorksheetCollection.getActiveWorksheet');
    const workbook = this._live();
    return new FakeWorksheet(this._context, () => {
      if (!workbook.activeSheet) throw officeError('ItemNotFound', 'There is no active worksheet.');
      return workbook.activeSheet;
    });
  }

  /** Adds at the end, without activating it (as Excel does). */
  add(name?: string): FakeWorksheet {
    const workbook = this._live();
    const sheet = new FakeWorksheet(this._context, () => {
      throw officeError('ItemNotFound', 'The worksheet was never added.');
    });
    this._command(
      'add',
      () => {
        let sheetName = name;
        if (sheetName === undefined) {
          let n = workbook.sheets.length + 1;
          while (workbook.findSheet(`Sheet${n}`)) n++;
          sheetName = `Sheet${n}`;
        }
        const problem = sheetNameProblem(sheetName);
        if (problem) throw officeError('InvalidArgument', `The sheet name "${sheetName}" ${problem}.`);
        if (workbook.findSheet(sheetName)) {
          throw officeError('ItemAlreadyExists', `A worksheet named "${sheetName}" already exists.`);
        }
        sheet._bind(workbook.addSheet(sheetName));
      },
      jsonBytes(name),
    );
    return sheet;
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this._command('getCount', (workbook) => {
      const count = workbook.liveSheets().length;
      result._value = { v: count };
    });
    return result;
  }
}
