import { MIN_READ_CHUNK_ROWS, READ_CELLS_PER_SYNC } from './payload';

/** A block of one sheet's used range, read in a single Range.load. 0-based. */
export interface ReadSlice {
  sheetIndex: number;
  top: number;
  left: number;
  rows: number;
  columns: number;
}

/** Rows per chunk for a sheet this wide: as many as fit the per-sync budget, never fewer than
 * MIN_READ_CHUNK_ROWS so a large sheet costs a handful of round trips, not hundreds. */
export function chunkRows(columns: number): number {
  return Math.max(MIN_READ_CHUNK_ROWS, Math.floor(READ_CELLS_PER_SYNC / Math.max(1, columns)));
}

/** Cuts each used range into row chunks. */
export function sliceUsedRanges(areas: readonly ReadSlice[]): ReadSlice[] {
  const slices: ReadSlice[] = [];
  for (const area of areas) {
    const step = chunkRows(area.columns);
    for (let offset = 0; offset < area.rows; offset += step) {
      slices.push({ ...area, top: area.top + offset, rows: Math.min(step, area.rows - offset) });
    }
  }
  return slices;
}

/**
 * Packs slices into round trips: small sheets share one sync, a large sheet's chunks get one
 * sync each. The number of syncs therefore depends on the workbook's size in cells only through
 * whole chunks, never on a per-row basis.
 */
export function packIntoSyncs(slices: readonly ReadSlice[]): ReadSlice[][] {
  const batches: ReadSlice[][] = [];
  let current: ReadSlice[] = [];
  let cells = 0;
  for (const slice of slices) {
    const size = slice.rows * slice.columns;
    if (current.length > 0 && cells + size > READ_CELLS_PER_SYNC) {
      batches.push(current);
      current = [];
      cells = 0;
    }
    current.push(slice);
    cells += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/**
 * When Excel still refuses a response as too large (long texts in every cell), the batch is
 * retried in two halves: first by separating its slices, then by halving a single slice's rows.
 * Undefined when it cannot be split any further (a single row).
 */
export function splitBatch(batch: readonly ReadSlice[]): ReadSlice[][] | undefined {
  if (batch.length > 1) {
    const middle = Math.ceil(batch.length / 2);
    return [batch.slice(0, middle), batch.slice(middle)];
  }
  const [slice] = batch;
  if (!slice || slice.rows < 2) return undefined;
  const half = Math.ceil(slice.rows / 2);
  return [[{ ...slice, rows: half }], [{ ...slice, top: slice.top + half, rows: slice.rows - half }]];
}
