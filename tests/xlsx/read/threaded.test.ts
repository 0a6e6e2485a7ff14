/**
 * The threaded path (readWorkbookBytesWith + Node's zlib, as the command line reads) against the
 * in-place path (fflate, as the pane reads): the same snapshot on every kind of package, and the
 * same refusals — damaged deflate data, truncated entries, every inflation limit.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_LIMITS, readWorkbookBytes, readWorkbookBytesWith, type ReadLimits, type StreamInflater } from '../../../src/xlsx/read/index';
import { entryData, zipEntries } from '../../../src/xlsx/read/zip';
import { zlibInflater } from '../../../src/xlsx/zlibInflater';
import { buildUserPackage } from '../fixtures/userPackage';
import { asZip64 } from '../fixtures/zip64';
import { excelLikePackage } from './excelLike';
import { handMadePackage } from './handMade';

const SAMPLE = new Uint8Array(readFileSync(resolve(__dirname, '../../../samples/phu-luc-mau.xlsx')));
const SHEET = 'xl/worksheets/sheet1.xml';

/** Every deflated part goes to zlib, however small: the fixtures are small. */
const everyPart: StreamInflater = { ...zlibInflater, minCompressedBytes: 0 };

/** A sheet of `rows` task-like rows, inline strings and numbers, that compresses to several hundred KB. */
function bigSheet(rows: number): Uint8Array {
  const body: string[] = [];
  for (let r = 1; r <= rows; r++) {
    body.push(
      `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}" t="inlineStr"><is><t>Nhiệm vụ số ${(r * 7919) % 100_003} của đơn vị ${r % 37}</t></is></c>` +
        `<c r="C${r}" t="inlineStr"><is><t>Đang thực hiện</t></is></c><c r="D${r}"><v>${45_000 + (r % 700) + r / 1024}</v></c></row>`,
    );
  }
  return handMadePackage({ sheets: [{ name: 'Nhiệm vụ', body: `<sheetData>${body.join('')}</sheetData>` }] });
}

/** A package whose one sheet is `spaces` bytes of whitespace inside <sheetData>: ratio near 1,000. */
function whitespaceSheet(spaces: number): Uint8Array {
  return handMadePackage({ sheets: [{ name: 'S', body: `<sheetData>${' '.repeat(spaces)}</sheetData>` }], level: 9 });
}

/** The package with the entry's compressed size in the central directory cut to `size`. */
function withCompressedSize(pkg: Uint8Array, name: string, size: number): Uint8Array {
  const out = pkg.slice();
  const needle = Buffer.from(name);
  for (let p = 0; p + 46 < out.length; p++) {
    if (out[p] === 0x50 && out[p + 1] === 0x4b && out[p + 2] === 1 && out[p + 3] === 2 && Buffer.from(out.subarray(p + 46, p + 46 + needle.length)).equals(needle)) {
      new DataView(out.buffer).setUint32(p + 20, size, true);
      return out;
    }
  }
  throw new Error(`no central entry for ${name}`);
}

async function outcome(read: () => unknown): Promise<string> {
  try {
    await read();
    return 'read';
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
}

/** How the in-place and the threaded path end on `pkg` under `limits`: 'read' or the error code. */
async function bothOutcomes(pkg: Uint8Array, limits: ReadLimits): Promise<[string, string]> {
  return [await outcome(() => readWorkbookBytes(pkg, 'x.xlsx', limits)), await outcome(() => readWorkbookBytesWith(pkg, 'x.xlsx', everyPart, limits))];
}

describe('reading with zlib on the thread pool', () => {
  const packages: [string, () => Uint8Array][] = [
    ['the sample workbook', () => SAMPLE],
    ['the rich user package', () => buildUserPackage()],
    ['an Excel-like package (rich text, phonetic guides, shared formulas, 1904 dates)', () => excelLikePackage()],
    ['a zip64 package', () => asZip64(buildUserPackage())],
    ['a package of stored (uncompressed) parts', () => excelLikePackage({ level: 0 })],
  ];

  it.each(packages)('gives the same snapshot as fflate on %s', async (_, pkg) => {
    const bytes = pkg();
    expect(await readWorkbookBytesWith(bytes, 'x.xlsx', everyPart)).toEqual(readWorkbookBytes(bytes, 'x.xlsx'));
  });

  it('gives the same snapshot on a sheet large enough for zlib by default, in many chunks', async () => {
    const bytes = bigSheet(30_000);
    expect(zipEntries(bytes).get(SHEET)!.compressedSize).toBeGreaterThan(zlibInflater.minCompressedBytes);
    const threaded = await readWorkbookBytesWith(bytes, 'x.xlsx', zlibInflater);
    expect(threaded.sheets[0].rows).toHaveLength(30_000);
    expect(threaded).toEqual(readWorkbookBytes(bytes, 'x.xlsx'));
  });

  it('refuses deflate data that is not deflate as damaged', async () => {
    const bytes = excelLikePackage();
    const { start } = entryData(bytes, zipEntries(bytes).get(SHEET)!);
    // Block type 3 does not exist.
    bytes.fill(0xff, start, start + 4);
    expect(await bothOutcomes(bytes, DEFAULT_LIMITS)).toEqual(['corrupt', 'corrupt']);
  });

  it('refuses an entry whose deflate stream is cut short as damaged', async () => {
    const bytes = bigSheet(2_000);
    const cut = withCompressedSize(bytes, SHEET, Math.floor(zipEntries(bytes).get(SHEET)!.compressedSize / 2));
    expect(await bothOutcomes(cut, DEFAULT_LIMITS)).toEqual(['corrupt', 'corrupt']);
  });

  it('refuses an entry missing only the end of its deflate stream (the XML whole) as damaged', async () => {
    const bytes = excelLikePackage();
    const cut = withCompressedSize(bytes, SHEET, zipEntries(bytes).get(SHEET)!.compressedSize - 1);
    expect(await bothOutcomes(cut, DEFAULT_LIMITS)).toEqual(['corrupt', 'corrupt']);
  });

  it('refuses an entry that runs past the end of the file as damaged', async () => {
    const bytes = excelLikePackage();
    expect(await bothOutcomes(withCompressedSize(bytes, SHEET, bytes.length), DEFAULT_LIMITS)).toEqual(['corrupt', 'corrupt']);
  });

  it('refuses damaged XML found while zlib inflates, and stops inflating', async () => {
    const bytes = handMadePackage({ sheets: [{ name: 'S', body: `<sheetData><row r="1"><c r="A1"><v>1</v></c></row>${'<x/>'.repeat(100_000)}</sheetData><</worksheet>` }] });
    expect(await bothOutcomes(bytes, DEFAULT_LIMITS)).toEqual(['corrupt', 'corrupt']);
  });

  describe('under the same limits', () => {
    const bomb = whitespaceSheet(24 * 1024 ** 2);
    const small = { ...DEFAULT_LIMITS, ratioFloorBytes: 1024 ** 2 };

    it('refuses a bomb on its ratio, on either path', async () => {
      expect(await bothOutcomes(bomb, small)).toEqual(['too-large', 'too-large']);
    });

    it('refuses and accepts the same parts on ratio, whatever the ceiling', async () => {
      const ratio = (24 * 1024 ** 2) / zipEntries(bomb).get(SHEET)!.compressedSize;
      for (const factor of [0.25, 0.5, 2, 4]) {
        const limits = { ...small, maxRatio: Math.round(ratio * factor) };
        expect([factor, ...(await bothOutcomes(bomb, limits))]).toEqual([factor, ...(factor < 1 ? ['too-large', 'too-large'] : ['read', 'read'])]);
      }
    });

    it('refuses a bomb hidden before bytes that barely compress: the ratio is of the input so far', async () => {
      let seed = 7;
      const noise = Array.from({ length: 4 * 1024 ** 2 }, () => String.fromCharCode(97 + ((seed = (seed * 48_271) % 2_147_483_647) % 26))).join('');
      const hidden = handMadePackage({ sheets: [{ name: 'S', body: `<sheetData>${' '.repeat(24 * 1024 ** 2)}${noise}</sheetData>` }], level: 9 });
      const { compressedSize } = zipEntries(hidden).get(SHEET)!;
      // As a whole it inflates well within the ratio; its first megabytes do not.
      expect((28 * 1024 ** 2) / compressedSize).toBeLessThan(small.maxRatio);
      expect(await bothOutcomes(hidden, small)).toEqual(['too-large', 'too-large']);
    });

    it('refuses a part past the largest part size, on either path', async () => {
      const limits = { ...DEFAULT_LIMITS, maxPartBytes: 4 * 1024 ** 2 };
      expect(await bothOutcomes(whitespaceSheet(4 * 1024 ** 2 + 1024), limits)).toEqual(['too-large', 'too-large']);
      expect(await bothOutcomes(whitespaceSheet(4 * 1024 ** 2 - 1024), limits)).toEqual(['read', 'read']);
    });

    it('refuses a package past the largest total, counting every part, on either path', async () => {
      const twoSheets = handMadePackage({
        sheets: [
          { name: 'A', body: `<sheetData>${' '.repeat(3 * 1024 ** 2)}</sheetData>` },
          { name: 'B', body: `<sheetData>${' '.repeat(3 * 1024 ** 2)}</sheetData>` },
        ],
      });
      expect(await bothOutcomes(twoSheets, { ...DEFAULT_LIMITS, maxTotalBytes: 5 * 1024 ** 2 })).toEqual(['too-large', 'too-large']);
      expect(await bothOutcomes(twoSheets, { ...DEFAULT_LIMITS, maxTotalBytes: 7 * 1024 ** 2 })).toEqual(['read', 'read']);
    });

    it('refuses a text longer than the token limit, on either path', async () => {
      // Letters that barely compress, so that fflate's chunks are small too and the text spans many.
      let seed = 1;
      const letters = Array.from({ length: 1024 ** 2 }, () => String.fromCharCode(97 + ((seed = (seed * 48_271) % 2_147_483_647) % 26))).join('');
      const long = handMadePackage({ sheets: [{ name: 'S', body: `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${letters}</t></is></c></row></sheetData>` }] });
      expect(await bothOutcomes(long, { ...DEFAULT_LIMITS, maxTokenBytes: 256 * 1024 })).toEqual(['corrupt', 'corrupt']);
      expect(await bothOutcomes(long, { ...DEFAULT_LIMITS, maxTokenBytes: 2 * 1024 ** 2 })).toEqual(['read', 'read']);
    });
  });
});
