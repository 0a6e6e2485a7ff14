/** The Node shell around the reader's core: a path in, the snapshot and the file's bytes out. */
import { promises as fs, readFileSync } from 'node:fs';
import type { WorkbookSnapshot } from '../engine';
import { XlsxError, type XlsxErrorCode } from './errors';
import { bufferDecoder } from './bufferDecoder';
// './read/index', not './read': a build left from before has a stale read.js beside the folder.
import { readWorkbookBytesWith, useUtf8Decoder } from './read/index';
import { zlibInflater } from './zlibInflater';
import { sizeYoungGeneration } from './youngGeneration';

// Every reading in this process (readWorkbookBytes too) decodes text with Node's Buffer.
useUtf8Decoder(bufferDecoder);

export interface ReadResult {
  snapshot: WorkbookSnapshot;
  /** The file as read, for a writer that copies it. */
  bytes: Uint8Array;
}

/**
 * Throws XlsxError (never anything else for a bad file): not found, a folder, not a regular file
 * (a named pipe would block forever), not an .xlsx, a legacy .xls, password-protected, damaged,
 * beyond any real workbook's size. A workbook with no sheets or only empty sheets is read
 * normally; the engine reports on it.
 */
export async function readWorkbookFile(path: string): Promise<ReadResult> {
  const bytes = await readBytes(path);
  return { snapshot: await readWorkbookBytesWith(bytes, path, zlibInflater), bytes };
}

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    // stat, not open: opening a named pipe blocks until a writer comes.
    const st = await fs.stat(path);
    if (st.isDirectory()) throw new XlsxError('is-directory', path);
    if (!st.isFile()) throw new XlsxError('not-a-file', path);
    sizeYoungGeneration(st.size);
    // One read call: fs.readFile's promise reads in 512 KB steps, each a trip through the event loop.
    return readFileSync(path);
  } catch (e) {
    if (e instanceof XlsxError) throw e;
    throw new XlsxError(fsErrorCode(e) ?? 'not-found', path, e instanceof Error ? e.message : String(e));
  }
}

/** Maps a Node file-system error to our codes; undefined when it is not one we name. */
export function fsErrorCode(e: unknown): XlsxErrorCode | undefined {
  switch ((e as NodeJS.ErrnoException | null)?.code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'not-found';
    case 'EISDIR':
      return 'is-directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission';
    default:
      return undefined;
  }
}
