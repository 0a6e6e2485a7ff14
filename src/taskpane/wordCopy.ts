import type { CellRect, PlanValue, RangeFormat, SheetPlan } from '../engine';
import { parseRangeAddress, rectContains } from '../engine';

/** What "Copy for Word" puts on the clipboard: HTML that Word pastes as formatted tables, and plain text beside it. */
export interface WordCopy {
  html: string;
  text: string;
}

type Block = { kind: 'paragraph'; row: number } | { kind: 'table'; rows: number[] };

/**
 * A planned sheet as a document: each line outside a table a paragraph, each run of bordered rows a
 * table with bold, shaded header cells and thin borders, in the sheet's font (Times New Roman, as
 * Vietnamese administrative documents use). Rows whose text is in `leaveOut` are left out.
 */
export function sheetPlanToWord(plan: SheetPlan, leaveOut: readonly string[] = []): WordCopy {
  const formats = plan.formats.map((format) => ({ format, rect: parseRangeAddress(format.range) }));
  const said = <K extends keyof RangeFormat>(key: K, row: number, col: number): RangeFormat[K] | undefined => {
    for (let i = formats.length - 1; i >= 0; i--) {
      const { format, rect } = formats[i];
      if (format[key] !== undefined && rect && rectContains(rect, row, col)) return format[key];
    }
    return undefined;
  };
  const merges = plan.merges.map((address) => parseRangeAddress(address)).filter((rect): rect is CellRect => rect !== undefined);
  const span = (row: number, col: number) => {
    const merge = merges.find((rect) => rect.top === row && rect.left === col);
    return merge ? merge.right - merge.left + 1 : 1;
  };
  const texts = plan.values.map((cells) => cells.map(shownText));

  const blocks: Block[] = [];
  texts.forEach((cells, row) => {
    if (cells.every((text) => text === '') || leaveOut.includes(cells[0])) return;
    if (said('border', row, 0) === true) {
      const last = blocks[blocks.length - 1];
      if (last?.kind === 'table' && last.rows[last.rows.length - 1] === row - 1) last.rows.push(row);
      else blocks.push({ kind: 'table', rows: [row] });
    } else {
      blocks.push({ kind: 'paragraph', row });
    }
  });

  const fontSize = plan.font?.size ?? 11;
  const style = (row: number, col: number, extra = ''): string => {
    const parts = [extra];
    if (said('bold', row, col)) parts.push('font-weight:bold');
    if (said('italic', row, col)) parts.push('font-style:italic');
    const size = said('fontSize', row, col);
    if (size !== undefined && size !== fontSize) parts.push(`font-size:${size}pt`);
    const align = said('hAlign', row, col);
    if (align) parts.push(`text-align:${align}`);
    const fill = said('fill', row, col);
    if (fill) parts.push(`background:${fill}`);
    return parts.filter(Boolean).join(';');
  };

  const html: string[] = [];
  const text: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      html.push(`<p style="${style(block.row, 0, 'margin:0 0 6pt 0')}">${escapeHtml(texts[block.row][0])}</p>`);
      text.push(texts[block.row][0], '');
      continue;
    }
    const width = block.rows.reduce((max, row) => Math.max(max, lastFilled(texts[row]) + 1), 0);
    html.push('<table style="border-collapse:collapse;margin:0 0 10pt 0">');
    for (const row of block.rows) {
      const cells: string[] = [];
      const line: string[] = [];
      for (let col = 0; col < width; col += span(row, col)) {
        const header = said('fill', row, col) !== undefined && said('bold', row, col) === true;
        const tag = header ? 'th' : 'td';
        const colspan = Math.min(span(row, col), width - col);
        cells.push(
          `<${tag}${colspan > 1 ? ` colspan="${colspan}"` : ''} style="${style(row, col, CELL_STYLE)}">${escapeHtml(texts[row][col] ?? '')}</${tag}>`,
        );
        line.push(texts[row][col] ?? '');
      }
      html.push(`<tr>${cells.join('')}</tr>`);
      text.push(line.join('\t'));
    }
    html.push('</table>');
    text.push('');
  }
  const font = `font-family:'${plan.font?.name ?? 'Times New Roman'}',serif;font-size:${fontSize}pt`;
  return {
    html: `<meta charset="utf-8"><div style="${font}">${html.join('')}</div>`,
    text: text.join('\n').trimEnd(),
  };
}

const CELL_STYLE = 'border:1px solid #000000;padding:2pt 4pt;vertical-align:top';

function lastFilled(cells: string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i] !== '') return i;
  return 0;
}

/**
 * The text a planned cell shows: a formula's result is not in the plan, except for ="…" (user text
 * kept as text) and HYPERLINK's friendly name.
 */
function shownText(value: PlanValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (!value.startsWith('=')) return value;
  const quoted = /^="((?:[^"]|"")*)"$/s.exec(value) ?? /^=HYPERLINK\(".*","((?:[^"]|"")*)"\)$/s.exec(value);
  return quoted ? quoted[1].replace(/""/g, '"') : '';
}

/** Leading spaces (an indented scope) survive as non-breaking ones. */
function escapeHtml(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return escaped.replace(/^ +/, (spaces) => '&nbsp;'.repeat(spaces.length)).replace(/\n/g, '<br>');
}
