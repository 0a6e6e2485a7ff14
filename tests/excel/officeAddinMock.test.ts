/**
 * Unit tests of src/excel against office-addin-mock (Microsoft's OfficeMockObject), independent
 * of our own fake host. The mock enforces load-before-read and sync-before-read for the
 * properties it is given.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { OWN_TITLES } from '../../src/engine/sheets/ownSheets';
import { applyWritePlan, getCapabilities, readStoredSettings, readWorkbookSnapshot, selectCell } from '../../src/excel';

// office-addin-mock needs OfficeApp from office-addin-manifest, whose ESM dependencies jest
// cannot load; the shared stub (jest.config.js) is empty, so the enum is provided here.
jest.mock('office-addin-manifest', () => ({
  OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' },
}));

const global = globalThis as Record<string, unknown>;

/** The Office common namespace. Created as an "outlook" mock: plain values, no load needed. */
function installOffice(maxMinor: number, settings: Record<string, unknown> = {}): void {
  global.Office = new OfficeMockObject(
    {
      context: {
        requirements: {
          isSetSupported: (name: string, version: string) => name === 'ExcelApi' && Number(version.split('.')[1]) <= maxMinor,
        },
        document: {
          settings: {
            get: (key: string) => (key in settings ? settings[key] : null),
            set: (key: string, value: unknown) => {
              settings[key] = value;
            },
            saveAsync: (callback: (result: { status: string }) => void) => callback({ status: 'succeeded' }),
          },
        },
      },
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    },
    'outlook' as never,
  );
}

afterEach(() => {
  delete global.Excel;
  delete global.Office;
});

describe('with office-addin-mock', () => {
  it('getCapabilities asks Office.context.requirements for each requirement set', () => {
    installOffice(8);
    expect(getCapabilities()).toEqual({
      conditionalFormats: true,
      freezePanes: true,
      dataValidation: true,
      rangeAreas: false,
      pageLayout: false,
      mergedAreas: false,
    });
  });

  it('reads the active sheet into a snapshot (used range from B2, padded to A1)', async () => {
    installOffice(1);
    const requested: string[] = [];
    let syncs = 0;
    const excel = new OfficeMockObject({
      context: {
        workbook: {
          worksheets: {
            sheet: {
              name: 'PL 1',
              visibility: 'Visible',
              usedRange: { rowIndex: 1, columnIndex: 1, rowCount: 2, columnCount: 2 },
              cells: {
                values: [
                  ['Thời hạn', 45_657],
                  ['#N/A', ''],
                ],
                valueTypes: [
                  ['String', 'Double'],
                  ['Error', 'Empty'],
                ],
                numberFormat: [
                  ['General', 'dd/mm/yyyy'],
                  ['General', 'General'],
                ],
                text: [
                  ['Thời hạn', '31/12/2024'],
                  ['#N/A', ''],
                ],
              },
              getUsedRange() {
                return this.usedRange;
              },
              getRange(address: string) {
                requested.push(address);
                return this.cells;
              },
            },
            getActiveWorksheet() {
              return this.sheet;
            },
          },
        },
      },
      run: async function (batch: (context: unknown) => Promise<unknown>) {
        return batch(this.context);
      },
    });
    const context = excel.context as OfficeMockObject;
    const sync = context.sync.bind(context);
    context.sync = async () => {
      syncs++;
      await sync();
    };
    // The mock cannot load `items/…` (it treats arrays as plain values): the one sheet is the list.
    const worksheets = (context as unknown as { workbook: { worksheets: OfficeMockObject & { sheet: unknown; items: unknown[] } } }).workbook.worksheets;
    const load = worksheets.load.bind(worksheets);
    worksheets.load = (spec: string | string[]) => (String(spec).startsWith('items/') ? worksheets : load(spec));
    worksheets.items = [worksheets.sheet];
    global.Excel = excel;

    const snapshot = await readWorkbookSnapshot({ activeSheetOnly: true });
    expect(requested).toEqual(['B2:C3']);
    expect(syncs).toBe(3);
    expect(snapshot).toEqual({
      sheets: [
        {
          name: 'PL 1',
          rows: [[], [null, { v: 'Thời hạn' }, { v: 45_657, fmt: 'dd/mm/yyyy', text: '31/12/2024' }], [null, { v: '#N/A', err: true }, null]],
          merges: [],
        },
      ],
    });
  });

  it('applies a small plan: new sheet written, old one replaced, in 3 syncs', async () => {
    installOffice(2); // ExcelApi 1.2: merges and widths, no frozen rows or lists
    const ranges = new Map<string, OfficeMockObject>();
    // One mock per address, so every command on that address is seen.
    const makeRange = (address: string) => {
      const known = ranges.get(address);
      if (known) return known;
      const range = new OfficeMockObject({
        format: { font: {}, fill: {}, borders: { getItem: () => ({}) } },
        merge: jest.fn(),
      });
      ranges.set(address, range);
      return range;
    };
    const added = { name: '', getRange: makeRange, position: undefined as number | undefined, activate: jest.fn() };
    // The product's own earlier summary, known by its title: the only kind of sheet it replaces.
    const oldTitle = { load: jest.fn(), values: [[OWN_TITLES.summary.vi]] };
    const old = { name: 'Tổng hợp', delete: jest.fn(), getRange: jest.fn(() => oldTitle) };
    let syncs = 0;
    const worksheets = new OfficeMockObject({
      active: { name: 'PL 1' },
      getActiveWorksheet() {
        return this.active;
      },
      add: jest.fn((name: string) => Object.assign(added, { name })),
    });
    // The mock cannot load `items/name` (it treats arrays as plain values): load the array itself.
    const load = worksheets.load.bind(worksheets);
    worksheets.load = (spec: string) => load(spec === 'items/name' ? 'items' : spec);
    (worksheets as unknown as { populate(data: unknown): void }).populate({ items: [{ name: 'PL 1' }, old] });
    const excel = new OfficeMockObject({
      context: { workbook: {} },
      run: async function (batch: (context: unknown) => Promise<unknown>) {
        return batch(this.context);
      },
    });
    const context = excel.context as OfficeMockObject;
    (context.workbook as OfficeMockObject).worksheets = worksheets;
    context.sync = async () => {
      syncs++;
      await worksheets.sync();
    };
    global.Excel = excel;

    await applyWritePlan({
      sheets: [
        {
          name: 'Tổng hợp',
          values: [
            ['Tổng hợp', null],
            ['Nhiệm vụ', 11],
          ],
          columnWidths: [20],
          merges: ['A1:B1'],
          formats: [{ range: 'A1:B1', bold: true, fill: '#D9E1F2' }],
          freezeRows: 1,
        },
      ],
    });

    expect(syncs).toBe(3);
    expect(worksheets.add).toHaveBeenCalledWith('~phuluc-tmp-1');
    expect(ranges.get('A1:B2')?.values).toEqual([
      ['Tổng hợp', null],
      ['Nhiệm vụ', 11],
    ]);
    expect(ranges.get('A1:B1')?.merge).toHaveBeenCalledWith(false);
    expect((ranges.get('A:A')?.format as OfficeMockObject).columnWidth).toBe(108.75);
    expect(((ranges.get('A1:B1')?.format as OfficeMockObject).font as OfficeMockObject).bold).toBe(true);
    expect(old.getRange).toHaveBeenCalledWith('A1');
    expect(oldTitle.load).toHaveBeenCalledWith('values');
    expect(old.delete).toHaveBeenCalled();
    expect(old.name).toBe('~phuluc-old-1');
    expect(added.name).toBe('Tổng hợp');
  });

  it('loads settings through Office.context.document.settings, tolerating bad data', async () => {
    installOffice(1, { 'phuluc.settings': JSON.stringify({ subject: 'UBND phường', year: 2025 }) });
    await expect(readStoredSettings()).resolves.toEqual({ settings: { subject: 'UBND phường', year: 2025 }, unreadable: false });
    installOffice(1, { 'phuluc.settings': '{broken' });
    await expect(readStoredSettings()).resolves.toEqual({ settings: {}, unreadable: true });
  });

  it('selectCell activates the sheet and selects the cell', async () => {
    installOffice(1);
    const range = { select: jest.fn() };
    const sheet = { activate: jest.fn(), getRange: jest.fn(() => range) };
    const excel = new OfficeMockObject({
      context: { workbook: { worksheets: { getItem: jest.fn(() => sheet) } } },
      run: async function (batch: (context: unknown) => Promise<unknown>) {
        return batch(this.context);
      },
    });
    global.Excel = excel;
    await selectCell('PL 1', 'D7');
    expect(((excel.context as OfficeMockObject).workbook as OfficeMockObject).worksheets.getItem).toHaveBeenCalledWith('PL 1');
    expect(sheet.activate).toHaveBeenCalled();
    expect(sheet.getRange).toHaveBeenCalledWith('D7');
    expect(range.select).toHaveBeenCalled();
  });
});
