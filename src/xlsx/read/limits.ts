/**
 * How much a package may inflate to before it is refused as beyond any real workbook. Measured
 * (README "Đọc tệp .xlsx"): the bench's 50,000-row task sheet inflates 2.1 MB → 21.7 MB, a ratio
 * near 10, so a million rows is about 0.45 GB; deflate's own ceiling is about 1,030.
 */
export interface ReadLimits {
  /** Largest inflated size of one part (sheet, shared strings …), in bytes. */
  maxPartBytes: number;
  /** Largest inflated size of all parts read, in bytes. */
  maxTotalBytes: number;
  /** Largest ratio of inflated bytes to the compressed bytes consumed so far, checked past `ratioFloorBytes`. */
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
