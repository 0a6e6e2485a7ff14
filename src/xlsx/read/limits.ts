/**
 * How much a package may inflate to before it is refused as beyond any real workbook. Measured
 * (README "Đọc tệp .xlsx"): a real 1,000,000-row task sheet inflates to about 0.2 GB at a
 * compression ratio near 10; the whole-sheet validation and merge workloads are tiny.
 */
export interface ReadLimits {
  /** Largest inflated size of one part (sheet, shared strings …), in bytes. */
  maxPartBytes: number;
  /** Largest inflated size of all parts read, in bytes. */
  maxTotalBytes: number;
  /** Largest inflated / compressed ratio of a part, checked once it is past `ratioFloorBytes`. */
  maxRatio: number;
  /** Small parts (a few MB of whitespace compress to almost nothing) are never refused on ratio. */
  ratioFloorBytes: number;
  /** Longest single XML tag or text run (Excel caps a cell at 32,767 characters). */
  maxTokenBytes: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxPartBytes: 2 * 1024 ** 3,
  maxTotalBytes: 4 * 1024 ** 3,
  maxRatio: 200,
  ratioFloorBytes: 16 * 1024 ** 2,
  maxTokenBytes: 4 * 1024 ** 2,
};
