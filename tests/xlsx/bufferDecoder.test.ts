/**
 * The command line decodes cell text with Node's Buffer (src/xlsx/bufferDecoder.ts), the pane with
 * TextDecoder: the strings must be the same, byte-order mark and invalid bytes included.
 */
import fc from 'fast-check';
import { bufferDecoder } from '../../src/xlsx/bufferDecoder';
import { readWorkbookBytes, useUtf8Decoder } from '../../src/xlsx/read/index';
import { handMadePackage } from './read/handMade';

const textDecoder = new TextDecoder('utf-8', { ignoreBOM: true });
const BOM = [0xef, 0xbb, 0xbf];

describe('the Buffer UTF-8 decoder', () => {
  it('gives TextDecoder’s string for any bytes, valid UTF-8 or not, with or without a byte-order mark', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 64 }),
      fc.string({ unit: 'grapheme', maxLength: 32 }).map((s) => new Uint8Array(Buffer.from(s))),
      fc.uint8Array({ maxLength: 16 }).map((b) => new Uint8Array([...BOM, ...b])),
      fc.uint8Array({ maxLength: 16 }).map((b) => new Uint8Array([...BOM, ...BOM, ...b])),
    );
    fc.assert(
      fc.property(bytes, fc.nat(4), fc.nat(4), (b, cutStart, cutEnd) => {
        const s = Math.min(cutStart, b.length);
        const e = Math.max(s, b.length - cutEnd);
        expect(bufferDecoder(b, s, e)).toBe(textDecoder.decode(b.subarray(s, e)));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a workbook whose texts start with U+FEFF as the default decoder does', () => {
    const pkg = handMadePackage({
      sharedStrings: ['<si><t>\uFEFFchung</t></si>'],
      sheets: [{ name: 'S', body: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>\uFEFFđơn vị</t></is></c><c r="C1" t="str"><f>A1</f><v>\uFEFFx</v></c></row></sheetData>' }],
    });
    const byDefault = readWorkbookBytes(pkg, 'x.xlsx');
    useUtf8Decoder(bufferDecoder);
    try {
      expect(readWorkbookBytes(pkg, 'x.xlsx')).toEqual(byDefault);
    } finally {
      useUtf8Decoder(undefined);
    }
    // A text the user typed is read as typed, an invisible U+FEFF at its start included (Excel keeps it too).
    expect(byDefault.sheets[0].rows[0]).toEqual([{ v: '\uFEFFchung' }, { v: '\uFEFFđơn vị' }, { v: '\uFEFFx', f: 'A1' }]);
  });
});
