/** Writes a workbook's bytes atomically: a temporary file in the target folder, then a rename. */
import { promises as fs } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { XlsxError } from './errors';

export type BytesWriter = (bytes: Uint8Array, path: string) => Promise<void>;

export interface WriteOptions {
  /** A file that must not be overwritten: the input the bytes were made from. */
  inputPath?: string;
  /** How the bytes are written; tests inject a failing one. */
  writer?: BytesWriter;
}

const defaultWriter: BytesWriter = (bytes, path) => fs.writeFile(path, bytes, { flag: 'wx' });

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
 * (if any) is untouched. Refuses to write over the input file.
 */
export async function writeWorkbookAtomic(bytes: Uint8Array, outPath: string, options: WriteOptions = {}): Promise<void> {
  if (options.inputPath && (await isSameFile(options.inputPath, outPath))) throw new XlsxError('same-file', outPath);

  const dir = dirname(resolve(outPath));
  const dirStat = await fs.stat(dir).catch(() => undefined);
  if (!dirStat?.isDirectory()) throw new XlsxError('out-dir-missing', outPath);
  const outStat = await fs.stat(outPath).catch(() => undefined);
  if (outStat?.isDirectory()) throw new XlsxError('is-directory', outPath);

  // The process and a random part keep runs apart; 'wx' refuses a name that exists all the same.
  // Not node:crypto: loading it cost every command ~5 ms, `check` included, for a file name.
  const tmp = join(dir, `.${basename(outPath)}.${process.pid}.${Math.random().toString(16).slice(2, 10)}.tmp`);
  try {
    await (options.writer ?? defaultWriter)(bytes, tmp);
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
