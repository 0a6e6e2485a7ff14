/** Writes a workbook atomically: a temporary file in the target folder, then a rename. */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type ExcelJS from 'exceljs';
import { XlsxError } from './errors';
import { withWriteFixes } from './exceljsFixes';
import { sourcePathOf } from './source';

export type WorkbookWriter = (workbook: ExcelJS.Workbook, path: string) => Promise<void>;

export interface WriteOptions {
  /** A file that must not be overwritten (the input), besides the one the workbook was read from. */
  inputPath?: string;
  /** How the bytes are written; tests inject a failing one. */
  writer?: WorkbookWriter;
}

const defaultWriter: WorkbookWriter = (workbook, path) => withWriteFixes(workbook, () => workbook.xlsx.writeFile(path));

/** True when both paths name the same existing file (same path, symlink or hard link). */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/**
 * Never leaves a partial `outPath` nor a temporary file behind: on failure the old `outPath`
 * (if any) is untouched. Refuses to write over the file the workbook was read from.
 */
export async function writeWorkbookAtomic(
  workbook: ExcelJS.Workbook,
  outPath: string,
  options: WriteOptions = {},
): Promise<void> {
  const forbidden = [sourcePathOf(workbook), options.inputPath].filter((p): p is string => Boolean(p));
  for (const p of forbidden) if (await isSameFile(p, outPath)) throw new XlsxError('same-file', outPath);

  const dir = dirname(resolve(outPath));
  const dirStat = await fs.stat(dir).catch(() => undefined);
  if (!dirStat?.isDirectory()) throw new XlsxError('out-dir-missing', outPath);
  const outStat = await fs.stat(outPath).catch(() => undefined);
  if (outStat?.isDirectory()) throw new XlsxError('is-directory', outPath);

  const tmp = join(dir, `.${basename(outPath)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await (options.writer ?? defaultWriter)(workbook, tmp);
  } catch (e) {
    await removeQuietly(tmp);
    const code = (e as NodeJS.ErrnoException | null)?.code;
    throw new XlsxError(code === 'EACCES' || code === 'EPERM' ? 'permission' : 'write-failed', outPath, message(e));
  }
  try {
    await fs.rename(tmp, outPath);
  } catch (e) {
    await removeQuietly(tmp);
    const code = (e as NodeJS.ErrnoException | null)?.code;
    const ours = code === 'EBUSY' || code === 'EPERM' ? 'out-locked' : code === 'EACCES' ? 'permission' : 'write-failed';
    throw new XlsxError(ours, outPath, message(e));
  }
}

async function removeQuietly(path: string): Promise<void> {
  await fs.rm(path, { force: true }).catch(() => undefined);
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
