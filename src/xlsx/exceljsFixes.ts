/**
 * Work-arounds for ExcelJS 4.4 write bugs that would otherwise change the user's sheets in a
 * read → write round trip. Each is undone after writing so the in-memory workbook is unchanged.
 */
import type ExcelJS from 'exceljs';

type Undo = () => void;

/**
 * ExcelJS writes useFirstPageNumber="1" whenever firstPageNumber is set — and reading always
 * sets it (default 1) — so every sheet would switch page numbering from "Auto" to a fixed first
 * page number. Hiding firstPageNumber while writing keeps the sheet's own setting.
 */
function keepAutoPageNumbers(workbook: ExcelJS.Workbook): Undo {
  const undo: Undo[] = [];
  for (const ws of workbook.worksheets) {
    const setup = ws.pageSetup as (Partial<ExcelJS.PageSetup> & { useFirstPageNumber?: boolean }) | undefined;
    if (setup && !setup.useFirstPageNumber && setup.firstPageNumber !== undefined) {
      const saved = setup.firstPageNumber;
      setup.firstPageNumber = undefined;
      undo.push(() => {
        setup.firstPageNumber = saved;
      });
    }
  }
  return () => undo.forEach((u) => u());
}

/** Runs `write` with the work-arounds in place. */
export async function withWriteFixes<T>(workbook: ExcelJS.Workbook, write: () => Promise<T>): Promise<T> {
  const undo = keepAutoPageNumbers(workbook);
  try {
    return await write();
  } finally {
    undo();
  }
}
