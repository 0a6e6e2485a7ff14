import { promises as fs, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { newWorkbook, readWorkbookFile, writeWorkbookAtomic, XlsxError } from '../../src/xlsx';
import { buildUserWorkbook, readBack, tempDir } from './userWorkbook';

async function errorOf(p: Promise<unknown>): Promise<XlsxError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(XlsxError);
    return e as XlsxError;
  }
  throw new Error('expected a failure');
}

function small(): Uint8Array {
  return newWorkbook({ sheets: [{ name: 'PL1', values: [['mới']], columnWidths: [], merges: [], formats: [] }] });
}

describe('writeWorkbookAtomic', () => {
  it('writes a readable file and replaces an existing one', async () => {
    const dir = tempDir('phuluc-write-');
    const out = join(dir, 'ket-qua.xlsx');
    await fs.writeFile(out, 'old contents');
    await writeWorkbookAtomic(small(), out);
    expect((await readBack(out)).getWorksheet('PL1')!.getCell('A1').value).toBe('mới');
    expect(await fs.readdir(dir)).toEqual(['ket-qua.xlsx']);
  });

  it('a failure mid-write leaves no partial output and no temporary file; an older output is untouched', async () => {
    const dir = tempDir('phuluc-write-');
    const out = join(dir, 'ket-qua.xlsx');
    const failing = async (_bytes: Uint8Array, tmp: string) => {
      await fs.writeFile(tmp, 'PK\u0003\u0004 half a zip');
      throw new Error('disk full');
    };
    const e = await errorOf(writeWorkbookAtomic(small(), out, { writer: failing }));
    expect(e.code).toBe('write-failed');
    expect(await fs.readdir(dir)).toEqual([]);

    await fs.writeFile(out, 'previous result');
    await errorOf(writeWorkbookAtomic(small(), out, { writer: failing }));
    expect(await fs.readdir(dir)).toEqual(['ket-qua.xlsx']);
    expect(await fs.readFile(out, 'utf8')).toBe('previous result');
  });

  it('writes the temporary file in the target folder (so the rename is atomic)', async () => {
    const dir = tempDir('phuluc-write-');
    const out = join(dir, 'ket-qua.xlsx');
    let tmpSeen = '';
    await writeWorkbookAtomic(small(), out, {
      writer: async (bytes, tmp) => {
        tmpSeen = tmp;
        await fs.writeFile(tmp, bytes);
      },
    });
    expect(tmpSeen.startsWith(dir)).toBe(true);
    expect(tmpSeen).not.toBe(out);
    expect(await fs.readdir(dir)).toEqual(['ket-qua.xlsx']);
  });

  (process.getuid?.() === 0 ? it.skip : it)('a read-only folder fails cleanly (not as root)', async () => {
    const dir = tempDir('phuluc-write-');
    await fs.chmod(dir, 0o555);
    try {
      const e = await errorOf(writeWorkbookAtomic(small(), join(dir, 'x.xlsx')));
      expect(['permission', 'write-failed']).toContain(e.code);
      expect(await fs.readdir(dir)).toEqual([]);
    } finally {
      await fs.chmod(dir, 0o755);
    }
  });

  it('refuses to overwrite the file the workbook was read from, however it is named', async () => {
    const dir = tempDir('phuluc-write-');
    const input = join(dir, 'bao-cao.xlsx');
    await buildUserWorkbook().xlsx.writeFile(input);
    const before = await fs.readFile(input);
    const { bytes } = await readWorkbookFile(input);
    symlinkSync(input, join(dir, 'link.xlsx'));
    for (const target of [input, relative(process.cwd(), input), join(dir, '.', 'bao-cao.xlsx'), join(dir, 'link.xlsx')]) {
      const e = await errorOf(writeWorkbookAtomic(bytes, target, { inputPath: input }));
      expect(e.code).toBe('same-file');
      expect(e.messageIn('vi')).toMatch(/trùng với tệp đầu vào/);
    }
    expect(await fs.readFile(input)).toEqual(before);
  });

  it('reports a missing output folder and an output that is a folder', async () => {
    const dir = tempDir('phuluc-write-');
    expect((await errorOf(writeWorkbookAtomic(small(), join(dir, 'khong-co', 'x.xlsx')))).code).toBe('out-dir-missing');
    await fs.mkdir(join(dir, 'thu-muc.xlsx'));
    expect((await errorOf(writeWorkbookAtomic(small(), join(dir, 'thu-muc.xlsx')))).code).toBe('is-directory');
  });
});
