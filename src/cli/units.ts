/**
 * The unit directory file of --units: UTF-8 (BOM tolerated; UTF-16 from Notepad too), one name per
 * line, read by the same parseUnitList as the pane's unit box so both take a list the same way.
 */
import { promises as fs } from 'node:fs';
import { parseUnitList } from '../engine';
import { CliError } from './io';
import type { Messages } from './messages';

export async function readUnitsFile(path: string, m: Messages): Promise<string[]> {
  let buf: Buffer;
  try {
    buf = await fs.readFile(path);
  } catch {
    throw new CliError(m.unitsNotFound(path));
  }
  let text: string;
  if (buf[0] === 0xff && buf[1] === 0xfe) {
    text = buf.subarray(2).toString('utf16le');
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf);
    } catch {
      throw new CliError(m.unitsNotText(path));
    }
  }
  if (text.includes('\u0000')) throw new CliError(m.unitsNotText(path));
  return parseUnitList(text);
}
