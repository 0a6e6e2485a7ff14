/**
 * Plan widths are in characters (as in the .xlsx file); Office.js wants points.
 * ECMA-376 Part 1, §18.3.1.13 (col/@width): a width of w characters is w × (maximum digit width)
 * + 5 pixels of padding. The default font, Calibri 11, has a 7-pixel maximum digit width, and a
 * pixel is 0.75 pt at 96 dpi — so Excel's default 8.43 characters comes out at 48 pt (64 px).
 */
const MAX_DIGIT_WIDTH_PX = 7;
const PADDING_PX = 5;
const POINTS_PER_PIXEL = 0.75;

export function charactersToPoints(characters: number): number {
  if (!Number.isFinite(characters) || characters <= 0) return 0;
  const pixels = Math.trunc(characters * MAX_DIGIT_WIDTH_PX + PADDING_PX);
  return pixels * POINTS_PER_PIXEL;
}
