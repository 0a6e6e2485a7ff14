/**
 * Parts of an .xlsx that ExcelJS 4.4 does not carry through a read → write: a copy written by
 * `summarize` would lose them (the input file itself is never changed). Found from the zip's
 * entry names, which are stored uncompressed, so no extra unzip is needed.
 */

export type LossyPart =
  | 'charts'
  | 'pivot-tables'
  | 'slicers'
  | 'form-controls'
  | 'external-links'
  | 'threaded-comments'
  | 'macros';

const MARKERS: [LossyPart, string[]][] = [
  ['charts', ['xl/charts/', 'xl/chartsheets/']],
  ['pivot-tables', ['xl/pivotTables/', 'xl/pivotCache/']],
  ['slicers', ['xl/slicers/', 'xl/slicerCaches/', 'xl/timelines/']],
  ['form-controls', ['xl/ctrlProps/', 'xl/activeX/']],
  ['external-links', ['xl/externalLinks/']],
  ['threaded-comments', ['xl/threadedComments/']],
  ['macros', ['xl/vbaProject.bin']],
];

export function lossyParts(zip: Buffer): LossyPart[] {
  return MARKERS.filter(([, names]) => names.some((n) => zip.includes(n))).map(([part]) => part);
}
