import { unitKey } from '../values/units';
import { lowerCaseHash } from '../text/textHash';
import type { FindingSink } from './findingSink';

/** Checks one task row: its row and name column, its name and lead unit as the grid reads them. */
export type DuplicateTaskCheck = (row: number, col: number, name: string, lead: string) => void;

const MIN_SLOTS = 1024;

/**
 * SPEC §6 duplicate-task: a later row of a sheet with the same name and lead unit as an earlier
 * one (seed 004, section C, has one), raised on the later row and naming the first. One check per
 * sheet, shared by its tables: seed 004's sections are one list of tasks.
 */
export function duplicateTaskCheck(sink: FindingSink, expectedTasks = 0): DuplicateTaskCheck {
  const firstRows = new FirstRows(expectedTasks);
  return (row, col, name, lead) => {
    if (name === '') return;
    const first = firstRows.firstOrAdd(row, name, unitKey(lead));
    if (first !== row) sink.add('duplicate-task', row, col, 'name', name, { row: first + 1 });
  };
}

/**
 * The first row of each task, keyed by its name in lower case and its lead's unit key. Grid text
 * is already NFC with spaces squashed, so case is all a name still needs folded; lead units compare
 * as unit names do everywhere (abbreviations, diacritics). An open-addressing table of hashes in
 * typed arrays: a Map would need a joined, lower-cased key string per row.
 */
class FirstRows {
  /** Entry index + 1 per slot, 0 when free; the slot count is a power of two, at most half full. */
  private slots: Int32Array;
  private slotHashes: Int32Array;
  private readonly names: string[] = [];
  private readonly leadKeys: string[] = [];
  private readonly rows: number[] = [];

  /** Sized for the tasks expected (a sheet's row count), so that a large sheet never regrows it. */
  constructor(expectedTasks: number) {
    let size = MIN_SLOTS;
    while (size < expectedTasks * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.slotHashes = new Int32Array(size);
  }

  /** The first row with this name and lead; `row` itself when there is none yet (it is then added). */
  firstOrAdd(row: number, name: string, leadKey: string): number {
    // Kept as an int32: an unsigned hash above 2^31 would be a boxed double in the engine.
    const hash = lowerCaseHash(leadKey, lowerCaseHash(name)) | 0;
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let entry = this.slots[slot]; entry !== 0; entry = this.slots[slot]) {
      if (this.slotHashes[slot] === hash && this.sameTask(entry - 1, name, leadKey)) return this.rows[entry - 1];
      slot = (slot + 1) & mask;
    }
    this.names.push(name);
    this.leadKeys.push(leadKey);
    this.rows.push(row);
    this.slots[slot] = this.rows.length;
    this.slotHashes[slot] = hash;
    if (this.rows.length * 2 > this.slots.length) this.grow();
    return row;
  }

  /** Equal hashes may still be different texts. */
  private sameTask(entry: number, name: string, leadKey: string): boolean {
    const known = this.names[entry];
    return this.leadKeys[entry] === leadKey && (known === name || known.toLowerCase() === name.toLowerCase());
  }

  private grow(): void {
    const oldSlots = this.slots;
    const oldHashes = this.slotHashes;
    this.slots = new Int32Array(oldSlots.length * 2);
    this.slotHashes = new Int32Array(oldSlots.length * 2);
    const mask = this.slots.length - 1;
    for (let i = 0; i < oldSlots.length; i++) {
      if (oldSlots[i] === 0) continue;
      let slot = oldHashes[i] & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = oldSlots[i];
      this.slotHashes[slot] = oldHashes[i];
    }
  }
}
