/**
 * The fake host is only useful if it fails where Excel fails. These tests pin that down, using
 * the Office.js API directly (not src/excel).
 */
import * as fs from 'fs';
import * as path from 'path';
import { EXCEL_API_SETS, installFakeExcel, type InstalledFakeExcel } from '../fake-excel';

let fake: InstalledFakeExcel;

beforeEach(() => {
  fake = installFakeExcel();
  fake.addSheet('Data').type('A1', 'x').type('B2', 42);
});
afterEach(() => fake.uninstall());

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: { code?: string; name?: string }) => error.code ?? error.name,
  );

describe('load and sync discipline', () => {
  it('throws PropertyNotLoaded when a property was never loaded', async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Data').getRange('A1:B2');
      range.load('values');
      await context.sync();
      expect(range.values).toEqual([['x', ''], ['', 42]]);
      expect(() => range.text).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('throws PropertyNotLoaded when reading after load() but before sync()', async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      sheet.load('name');
      expect(() => sheet.name).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(sheet.name).toBe('Data');
    });
  });

  it('applies writes only at sync, in order', async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Data').getRange('C3');
      range.values = [['later']];
      expect(fake.sheet('Data').cell('C3').value).toBeNull();
      await context.sync();
      expect(fake.sheet('Data').cell('C3').value).toBe('later');
    });
  });

  it('counts every sync and sends commands left queued when the batch returns', async () => {
    fake.resetSyncCount();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('D4').values = [[1]];
    });
    expect(fake.syncCount).toBe(1);
    expect(fake.sheet('Data').cell('D4').value).toBe(1);
  });

  it('rejects a matrix that does not fit the range', async () => {
    const run = Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('A1:B1').values = [['only one']];
      await context.sync();
    });
    expect(await codeOf(run)).toBe('InvalidArgument');
  });

  it('treats null entries as "leave the cell alone"', async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('A1:B1').values = [[null, 'new']];
      await context.sync();
    });
    expect(fake.sheet('Data').values('A1:B1')).toEqual([['x', 'new']]);
  });
});

describe('Excel-like failures', () => {
  it('fails getItem on a missing sheet at sync, with ItemNotFound', async () => {
    const run = Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Nope'); // no error yet
      sheet.load('name');
      await context.sync();
    });
    expect(await codeOf(run)).toBe('ItemNotFound');
  });

  it('refuses writes to a protected sheet with AccessDenied, and leaves it unchanged', async () => {
    fake.sheet('Data').protected = true;
    const before = fake.sheet('Data').dump();
    const run = Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('A1').format.fill.color = '#FF0000';
      await context.sync();
    });
    expect(await codeOf(run)).toBe('AccessDenied');
    expect(fake.sheet('Data').dump()).toEqual(before);
  });

  it('fails commands on a sheet deleted meanwhile with ItemNotFound', async () => {
    const run = Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      sheet.load('name');
      await context.sync();
      fake.addSheet('Other');
      fake.model.removeSheet(fake.sheet('Data')); // the user deletes it while the add-in works
      sheet.getRange('A1').values = [[1]];
      await context.sync();
    });
    expect(await codeOf(run)).toBe('ItemNotFound');
  });

  it('refuses a response over the payload limit', async () => {
    const sheet = fake.addSheet('Big');
    for (let r = 0; r < 2_000; r++) sheet.type(`A${r + 1}`, 'x'.repeat(3_000));
    const run = Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Big').getRange('A1:A2000');
      range.load('values');
      await context.sync();
    });
    expect(await codeOf(run)).toBe('ResponsePayloadSizeLimitExceeded');
  });

  it('refuses a request over the payload limit, before changing anything', async () => {
    const run = Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Data').getRange('A1:A2000');
      range.values = Array.from({ length: 2_000 }, () => ['y'.repeat(3_000)]);
      await context.sync();
    });
    expect(await codeOf(run)).toBe('RequestPayloadSizeLimitExceeded');
    expect(fake.sheet('Data').cell('A1').value).toBe('x');
  });

  it('stops a batch at the first failing command; earlier commands stay applied', async () => {
    fake.failWhen((command) => command.member === 'RangeFill.color');
    const run = Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Data').getRange('A1');
      range.values = [['first']];
      range.format.fill.color = '#FF0000';
      range.format.font.bold = true;
      await context.sync();
    });
    expect(await codeOf(run)).toBe('GeneralException');
    expect(fake.sheet('Data').cell('A1').value).toBe('first');
    expect(fake.sheet('Data').cell('A1').format.bold).toBeUndefined();
  });

  it('types input like Excel does: numbers, error literals, "-text" formulas, quote prefix', async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('A5:E5').values = [["0123", '#REF!', '-abc', "'0123", '1/7/2025']];
      await context.sync();
    });
    const sheet = fake.sheet('Data');
    expect(sheet.cell('A5').value).toBe(123);
    expect(sheet.cell('B5')).toMatchObject({ value: '#REF!', error: true });
    expect(sheet.cell('C5')).toMatchObject({ error: true, formula: '=-abc' });
    expect(sheet.cell('D5')).toMatchObject({ value: '0123', quotePrefix: true });
    expect(sheet.cell('E5')).toMatchObject({ numberFormat: 'm/d/yyyy', text: '1/7/2025' });
  });

  it('sets row heights per row, reads them back (null when uneven) and refuses one over 409 pt', async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      sheet.getRange('A2:C3').format.rowHeight = 45;
      const uneven = sheet.getRange('A3:A4').format;
      const even = sheet.getRange('B2:B3').format;
      uneven.load('rowHeight');
      even.load('rowHeight');
      await context.sync();
      expect([uneven.rowHeight, even.rowHeight]).toEqual([null, 45]);
      sheet.getRange('A5').format.rowHeight = 410;
      await expect(codeOf(context.sync())).resolves.toBe('InvalidArgument');
    });
    expect([1, 2, 3, 4, 5].map((row) => fake.sheet('Data').rowHeight(row))).toEqual([15, 45, 45, 15, 15]);
  });

  it('uses objects only inside their own Excel.run', async () => {
    let leaked: Excel.Range | undefined;
    await Excel.run(async (context) => {
      leaked = context.workbook.worksheets.getItem('Data').getRange('A1');
      await context.sync();
    });
    expect(() => {
      (leaked as Excel.Range).values = [[1]];
    }).toThrow(expect.objectContaining({ code: 'InvalidRequestContext' }));
  });
});

describe('requirement sets', () => {
  it('reports the configured ExcelApi version through Office.context.requirements', () => {
    fake.apiVersion = '1.1';
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.1')).toBe(true);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.2')).toBe(false);
    fake.apiVersion = '1.13';
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(true);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.13')).toBe(true);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.14')).toBe(false);
  });

  it('throws ApiNotFound for a member newer than the host', async () => {
    fake.apiVersion = '1.1';
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Data').getRange('A1:B2');
      expect(() => range.conditionalFormats).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
      expect(() => range.merge()).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
      expect(() => {
        range.format.columnWidth = 50;
      }).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
      expect(() => {
        range.format.rowHeight = 30;
      }).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
      expect(() => context.workbook.worksheets.getItemOrNullObject('Data')).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
    });
  });

  it('throws on members it does not model, instead of quietly returning undefined', async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Data').getRange('A1') as unknown as Record<string, unknown>;
      expect(() => range.hyperlink).toThrow(/not implemented by the fake host/);
      expect(() => {
        range.style = 'Normal';
      }).toThrow(/not implemented by the fake host/);
    });
  });

  it('records every member with the requirement set @types/office-js gives it', () => {
    const dts = fs.readFileSync(path.join(__dirname, '../../node_modules/@types/office-js/index.d.ts'), 'utf8');
    const excel = dts.slice(dts.indexOf('declare namespace Excel {'), dts.indexOf('declare namespace Word {'));
    for (const [member, version] of Object.entries(EXCEL_API_SETS)) {
      if (member.includes('(')) continue; // a parameter, not a member
      if (member === 'RequestContext.workbook') continue; // not annotated: part of the base API
      const [className, property] = member.split('.');
      const classStart = excel.search(new RegExp(`\\n    (?:export )?class ${className} extends`));
      expect({ member, found: classStart >= 0 }).toEqual({ member, found: true });
      const classEnd = excel.indexOf('\n    }\n', classStart);
      const body = excel.slice(classStart, classEnd);
      // The member's own doc comment is the last one before its declaration.
      const declaration = body.search(new RegExp(`\\n        (?:readonly )?${property}\\??[(:]`));
      expect({ member, found: declaration >= 0 }).toEqual({ member, found: true });
      const doc = body.slice(body.lastIndexOf('/**', declaration), declaration);
      const declared = /\[Api set: ExcelApi (\d+\.\d+)/.exec(doc)?.[1];
      expect({ member, version }).toEqual({ member, version: declared });
    }
  });
});

describe('Office common API', () => {
  it('keeps settings in memory until saveAsync writes them to the document', async () => {
    Office.context.document.settings.set('k', { a: 1 });
    expect(fake.savedSettings).toEqual({});
    await new Promise<void>((resolve) => Office.context.document.settings.saveAsync(() => resolve()));
    expect(fake.savedSettings).toEqual({ k: { a: 1 } });
  });

  it('resolves Office.onReady with the Excel host', async () => {
    await expect(Office.onReady()).resolves.toMatchObject({ host: 'Excel' });
  });
});
