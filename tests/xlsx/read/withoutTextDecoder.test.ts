/**
 * Edge Legacy (Excel 2019's webview) has no TextDecoder. The pane reads picked workbooks with the
 * same reader, so it must read them there too: here it runs with TextDecoder removed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbookBytes } from '../../../src/xlsx';

const SAMPLE = readFileSync(join(__dirname, '..', '..', '..', 'samples', 'phu-luc-mau.xlsx'));

describe('the reader without TextDecoder (Edge Legacy)', () => {
  it('reads the sample workbook, Vietnamese text and all, as it does with TextDecoder', () => {
    const withDecoder = readWorkbookBytes(new Uint8Array(SAMPLE), 'phu-luc-mau.xlsx');
    const saved = globalThis.TextDecoder;
    let without: typeof withDecoder | undefined;
    try {
      delete (globalThis as { TextDecoder?: unknown }).TextDecoder;
      jest.isolateModules(() => {
        const fresh = require('../../../src/xlsx/read/index') as { readWorkbookBytes: typeof readWorkbookBytes };
        without = fresh.readWorkbookBytes(new Uint8Array(SAMPLE), 'phu-luc-mau.xlsx');
      });
    } finally {
      globalThis.TextDecoder = saved;
    }
    expect(JSON.stringify(withDecoder)).toMatch(/[ạ-ỹ]/);
    expect(without).toEqual(withDecoder);
  });
});
