import type { Lang, WorkbookSnapshot } from '../engine';
import { isXlsxError } from '../xlsx/errors';

export type PickedWorkbook = { ok: true; snapshot: WorkbookSnapshot } | { ok: false; reason: string };

/** The workbook files among what was picked or dropped are read; the rest are reported by the reader itself. */
export const WORKBOOK_ACCEPT = '.xlsx,.xlsm';

/**
 * Reads a workbook file the user picked or dropped, in the browser, with the command line's reader
 * (src/xlsx/read: no Node API). The reader is loaded on first use, so the pane starts without it,
 * and a browser it cannot run in fails here, on one file, not at start. Never throws: the reason is
 * the reader's own one line in the pane's language.
 */
export async function readPickedWorkbook(file: File, lang: Lang, unreadable: string): Promise<PickedWorkbook> {
  try {
    const bytes = await readFileBytes(file);
    const { readWorkbookBytes } = await import(/* webpackChunkName: "xlsx-reader" */ '../xlsx/read');
    return { ok: true, snapshot: readWorkbookBytes(bytes, file.name) };
  } catch (e) {
    return { ok: false, reason: isXlsxError(e) ? e.messageIn(lang) : unreadable };
  }
}

/** FileReader rather than Blob.arrayBuffer(), which Edge Legacy and Safari 12 (Excel 2019, Mac) lack. */
function readFileBytes(file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

/** "hong.xlsx: không phải tệp Excel…": the reader's reasons name the file already; others get its name in front. */
export function withFileName(name: string, reason: string): string {
  return reason.startsWith(name) ? reason : `${name}: ${reason}`;
}

/** Lets the browser paint (progress per file) before the next file is read. */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
