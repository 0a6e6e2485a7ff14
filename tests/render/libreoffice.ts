/**
 * Opens workbooks in a real spreadsheet application (LibreOffice, headless) and reads the PDF it
 * prints: text with positions (`pdftotext -bbox-layout`), page size (`pdfinfo`) and PNGs
 * (`pdftoppm`, into tests/e2e/screenshots/). The print-readiness checks a test asks per sheet —
 * pages wide, title cut at the page edge, overlapping text lines — are functions of that output.
 * Several files are converted in ONE soffice call: LibreOffice starts slowly.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export const SCREENSHOTS = join(__dirname, '..', 'e2e', 'screenshots');

function onPath(tool: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
}

/** Why the LibreOffice tests cannot run here, or undefined when they can. */
export function missingRenderTools(): string | undefined {
  const missing = ['soffice', 'pdftotext', 'pdfinfo', 'pdftoppm'].filter((t) => !onPath(t));
  return missing.length ? `LibreOffice tests skipped: ${missing.join(', ')} not installed (apt-get install libreoffice-calc poppler-utils)` : undefined;
}

/** PDFs of these workbooks (same base names, in outDir), from one headless LibreOffice run. */
export function convertToPdf(files: string[], outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  const profile = `file://${join(outDir, '.lo-profile')}`;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files], {
    stdio: 'pipe',
    timeout: 600_000,
  });
  return files.map((f) => join(outDir, basename(f).replace(/\.[^.]+$/, '.pdf')));
}

export interface Box {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface TextLine extends Box {
  text: string;
  /** Each word with its box: pdftotext joins cells of one row into a line, so only words show text over text. */
  words: (Box & { text: string })[];
}

export interface PdfPage {
  width: number;
  height: number;
  lines: TextLine[];
}

/** Every page's text lines with their boxes (points, origin top left). */
export function pdfPages(pdf: string): PdfPage[] {
  const html = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const num = (s: string, name: string) => Number(new RegExp(`${name}="([\\d.]+)"`).exec(s)?.[1] ?? NaN);
  return [...html.matchAll(/<page ([^>]*)>([\s\S]*?)<\/page>/g)].map(([, attrs, body]) => ({
    width: num(attrs, 'width'),
    height: num(attrs, 'height'),
    lines: [...body.matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)].map(([, box, words]) => ({
      xMin: num(box, 'xMin'),
      yMin: num(box, 'yMin'),
      xMax: num(box, 'xMax'),
      yMax: num(box, 'yMax'),
      text: [...words.matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((w) => decodeEntities(w[1])).join(' '),
      words: [...words.matchAll(/<word ([^>]*)>([^<]*)<\/word>/g)].map(([, w, text]) => ({
        xMin: num(w, 'xMin'), yMin: num(w, 'yMin'), xMax: num(w, 'xMax'), yMax: num(w, 'yMax'), text: decodeEntities(text),
      })),
    })),
  }));
}

function decodeEntities(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** Page size in points, from pdfinfo (A4 portrait is 595 × 842). */
export function pdfPageSize(pdf: string): { width: number; height: number } {
  const m = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }));
  return { width: Number(m?.[1]), height: Number(m?.[2]) };
}

/** PNGs of the PDF's first pages into tests/e2e/screenshots/, named after it; their paths. */
export function saveScreenshots(pdf: string, name: string, pages = 2): string[] {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // pdftoppm pads the page number to the width of the page count: name-1.png or name-01.png.
  const ours = () => readdirSync(SCREENSHOTS).filter((f) => new RegExp(`^${name}-\\d+\\.png$`).test(f));
  for (const old of ours()) rmSync(join(SCREENSHOTS, old));
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', String(pages), pdf, join(SCREENSHOTS, name)]);
  return ours().map((f) => join(SCREENSHOTS, f));
}

/**
 * A copy of the workbook that prints only `sheet` (every other sheet hidden), and, with
 * `firstRows`, only that many of its rows: its page count is then how many pages wide it prints.
 */
export function isolateSheet(xlsx: string, sheet: string, out: string, firstRows?: number): string {
  const parts = unzipSync(readFileSync(xlsx));
  let workbook = strFromU8(parts['xl/workbook.xml']);
  let target = '';
  let index = 0;
  let targetIndex = 0;
  workbook = workbook.replace(/<sheet\b[^>]*\/>/g, (tag) => {
    const name = /\sname="([^"]*)"/.exec(tag)?.[1];
    if (name === escapeAttr(sheet)) {
      target = /\sr:id="([^"]*)"/.exec(tag)?.[1] ?? '';
      targetIndex = index++;
      return tag.replace(/\sstate="[^"]*"/, '');
    }
    index++;
    return tag.includes('state="veryHidden"') ? tag : tag.replace(/\sstate="[^"]*"/, '').replace(/\/>$/, ' state="hidden"/>');
  });
  // Open on the sheet printed: LibreOffice shows, and prints, a hidden sheet that is the active one.
  workbook = workbook.replace(/\sactiveTab="\d+"/, '').replace(/\sfirstSheet="\d+"/, '');
  workbook = /<workbookView\b/.test(workbook)
    ? workbook.replace(/<workbookView\b/, `<workbookView activeTab="${targetIndex}"`)
    : workbook.replace(/<sheets>/, `<bookViews><workbookView activeTab="${targetIndex}"/></bookViews><sheets>`);
  const rels = strFromU8(parts['xl/_rels/workbook.xml.rels']);
  const path = new RegExp(`Id="${target}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${target}"`).exec(rels);
  const part = `xl/${(path?.[1] ?? path?.[2] ?? '').replace(/^\/?xl\//, '')}`;
  parts['xl/workbook.xml'] = strToU8(workbook);
  if (firstRows !== undefined && parts[part]) {
    const xml = strFromU8(parts[part]).replace(/<row r="(\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g, (row, r: string) =>
      Number(r) <= firstRows ? row : '',
    );
    parts[part] = strToU8(xml);
  }
  writeFileSync(out, zipSync(parts));
  return out;
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** How many pages wide a sheet prints: the page count of its first rows alone (isolateSheet with firstRows). */
export function pagesWide(firstRowsPdf: PdfPage[]): number {
  return firstRowsPdf.length;
}

function normalise(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * True when the title does not print whole on the first page: part of it is missing there, or a
 * line of it runs to the paper's edge.
 */
export function titleIsCut(pages: PdfPage[], title: string): boolean {
  const first = pages[0];
  if (!first) return true;
  const text = normalise(first.lines.map((l) => l.text).join(' '));
  if (!text.includes(normalise(title))) return true;
  const words = new Set(normalise(title).split(' '));
  return first.lines.some((l) => l.text.split(' ').some((w) => words.has(w)) && (l.xMin < 1 || l.xMax > first.width - 1));
}

/** A shared pixel row between neighbouring lines is not an overlap; a third of a line is. */
function boxesOverlap(a: Box, b: Box): boolean {
  const dx = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
  const dy = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
  return dx > 1 && dy > 0.33 * Math.min(a.yMax - a.yMin, b.yMax - b.yMin);
}

/** Pairs of text lines on one page with a word of one over a word of the other: text printed over text. */
export function overlappingLines(pages: PdfPage[]): { page: number; a: TextLine; b: TextLine }[] {
  const found: { page: number; a: TextLine; b: TextLine }[] = [];
  pages.forEach((page, p) => {
    const lines = [...page.lines].sort((x, y) => x.yMin - y.yMin);
    for (let i = 0; i < lines.length; i++) {
      for (let j = i + 1; j < lines.length && lines[j].yMin < lines[i].yMax; j++) {
        const a = lines[i];
        const b = lines[j];
        if (boxesOverlap(a, b) && a.words.some((wa) => b.words.some((wb) => boxesOverlap(wa, wb)))) found.push({ page: p + 1, a, b });
      }
    }
  });
  return found;
}

/**
 * True when the page starts inside a count table: a row of three or more counts side by side (a
 * table's body) prints above the first table header on the page (`headerWord`, e.g. "Tổng số"), or
 * on a page with no header. Counts in a sentence never stand side by side.
 */
export function startsInsideTable(page: PdfPage, headerWord: string): boolean {
  const words = page.lines.flatMap((l) => l.words);
  const header = page.lines.filter((l) => l.text.includes(headerWord)).reduce((y, l) => Math.min(y, l.yMin), Infinity);
  const rows = new Map<number, (Box & { text: string })[]>();
  for (const w of words) {
    const key = Math.round(w.yMin / 3);
    const row = rows.get(key);
    if (row) row.push(w);
    else rows.set(key, [w]);
  }
  for (const row of rows.values()) {
    let run = 0;
    for (const w of [...row].sort((a, b) => a.xMin - b.xMin)) {
      run = /^\d+$/.test(w.text) ? run + 1 : 0;
      if (run >= 3 && w.yMin < header) return true;
    }
  }
  return false;
}

/** The median height of the page's text lines, in points: Times New Roman 12 at 100 % prints about 14. */
export function medianLineHeight(pages: PdfPage[]): number {
  const heights = pages.flatMap((p) => p.lines.map((l) => l.yMax - l.yMin)).sort((a, b) => a - b);
  return heights.length ? heights[Math.floor(heights.length / 2)] : 0;
}
