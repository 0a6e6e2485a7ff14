import type { TableBlock, TaskRow } from '../analysis';
import { dueOf, taskCategory, type Due } from '../summary/categories';
import { readDateCell, type Deadline } from '../values/deadlines';
import { displayValue, isoToVn } from '../values/display';
import { isBlank } from '../workbook/grid';
import { checkLeadUnit, checkTextCells } from '../checks/rowChecks';
import { checkTableColumns } from '../checks/tableChecks';
import type { SheetContext } from './sheetContext';
import { parseStatus, type CanonicalStatus, type StatusClaim } from '../values/status';
import { suggestStatus } from '../values/statusHint';
import { memoize } from '../values/memo';
import type { DuplicateTaskCheck } from '../checks/duplicateTasks';
import { daysBetween } from '../values/calendar';
import { cellAddress } from '../workbook/address';

const statusOf = memoize(parseStatus);
const suggestionOf = memoize(suggestStatus);

/**
 * Validates the task rows of one table and categorises them (SPEC §4, §6), adding them to `tasks`
 * (the workbook's, so 50,000 rows are not copied from one list to another); returns how many.
 */
export function readTaskBlock(
  ctx: SheetContext,
  block: TableBlock,
  groupOf: (row: number) => string | null,
  checkDuplicate: DuplicateTaskCheck,
  tasks: TaskRow[],
): number {
  const { grid, sink } = ctx;
  const cols = block.columns;
  const plan = cols.status === undefined;
  checkTableColumns(ctx, block);

  const columnList = Object.values(cols);
  const columnEntries = Object.entries(cols);
  const before = tasks.length;
  for (let r = block.firstRow; r <= block.lastRow; r++) {
    if (ctx.sections.has(r) || !rowHasData(ctx, r, columnList)) continue;
    const name = grid.text(r, cols.name);
    const lead = cols.lead === undefined ? '' : grid.text(r, cols.lead);
    if (name === '') sink.add('missing-required', r, cols.name, 'name', '');
    if (cols.lead !== undefined && lead === '') sink.add('missing-required', r, cols.lead, 'lead', '');
    checkLeadUnit(ctx, r, cols.lead ?? 0, lead);
    checkTextCells(ctx, r, columnEntries);

    const deadline = readDeadline(ctx, r, cols.deadline);
    const due = dueOf(deadline, ctx.reportYear);
    let completedOn = readCompletion(ctx, r, cols.completedOn);
    let status: CanonicalStatus | null = null;
    let category: TaskRow['category'] = 'unknown';
    if (!plan) {
      const written = grid.text(r, cols.status);
      const parsed = statusOf(written);
      if (!parsed) sink.add('missing-required', r, cols.status, 'status', '');
      else if (parsed.status === 'unknown') {
        sink.add('invalid-status', r, cols.status, 'status', written, { suggestion: suggestionOf(written) });
      }
      status = parsed?.status ?? 'unknown';
      const dateFromDetails = parsed?.completedOn && completionCellIsEmpty(ctx, r, cols.completedOn) ? parsed.completedOn : null;
      if (parsed?.details !== undefined) {
        sink.add('status-has-details', r, cols.status, 'status', written, {
          status: parsed.phrase,
          ...(dateFromDetails ? { date: isoToVn(dateFromDetails) } : {}),
        });
      }
      if (dateFromDetails) completedOn = dateFromDetails;
      category = taskCategory(status, due, completedOn, ctx.asOf);
      checkCompletion(ctx, r, block, status, completedOn, written, dateFromDetails !== null);
      if (parsed) checkClaim(ctx, r, cols, written, parsed.status, parsed.claim, due, completedOn);
      if (category === 'done_late' && due.kind === 'date' && completedOn) {
        sink.add('completed-late', r, dateFromDetails ? cols.status : (cols.completedOn ?? cols.status), 'completedOn', isoToVn(completedOn), {
          date: isoToVn(completedOn),
          deadline: isoToVn(due.date),
        });
      }
      if (category === 'overdue' && due.kind === 'date') {
        const cell = grid.cell(r, cols.deadline);
        sink.add('overdue', r, cols.deadline, 'deadline', displayValue(cell), { deadline: isoToVn(due.date) });
      }
      checkDueSoon(ctx, r, cols.deadline, status, due);
    }
    checkDuplicate(r, cols.name, name, lead);
    tasks.push({
      sheet: grid.name, row: r, group: groupOf(r), name, lead, category, status, plan, due,
      cell: cellAddress(r, cols.name), code: cols.code === undefined ? '' : grid.text(r, cols.code),
      deadline: deadlineKey(deadline), completedOn,
    });
  }
  return tasks.length - before;
}

/** SPEC §6 due-soon: in progress or not started, due on R or within the window after it. */
function checkDueSoon(ctx: SheetContext, row: number, col: number | undefined, status: CanonicalStatus, due: Due): void {
  if (col === undefined || due.kind !== 'date' || (status !== 'in_progress' && status !== 'not_started')) return;
  const days = daysBetween(ctx.asOf, due.date);
  if (days < 0 || days > ctx.dueSoonDays) return;
  ctx.sink.add('due-soon', row, col, 'deadline', displayValue(ctx.grid.cell(row, col)), { deadline: isoToVn(due.date), days });
}

/** A deadline as compared between periods: a day, a day every year, ongoing; null when unreadable. */
function deadlineKey(deadline: Deadline | null): string | null {
  switch (deadline?.kind) {
    case 'date':
      return deadline.date;
    case 'annual':
      if (deadline.month === undefined) return 'annual';
      return deadline.day === undefined ? `annual-${deadline.month}` : `annual-${deadline.month}-${deadline.day}`;
    case 'ongoing':
      return 'ongoing';
    default:
      return null;
  }
}

function rowHasData(ctx: SheetContext, row: number, columns: number[]): boolean {
  for (let i = 0; i < columns.length; i++) if (!isBlank(ctx.grid.ownCell(row, columns[i]))) return true;
  return false;
}

function readDeadline(ctx: SheetContext, row: number, col: number | undefined): Deadline | null {
  if (col === undefined) return null;
  const cell = ctx.grid.cell(row, col);
  const deadline = readDateCell(cell, ctx.serialOffset);
  if (!deadline) ctx.sink.add('missing-required', row, col, 'deadline', '');
  else if (deadline.kind === 'invalid') {
    ctx.sink.add('invalid-date', row, col, 'deadline', displayValue(cell), { impossible: deadline.impossible });
  } else if (deadline.kind === 'reference') ctx.sink.add('deadline-unspecified', row, col, 'deadline', displayValue(cell));
  return deadline;
}

/**
 * The actual completion day, or null when empty or unreadable (reported). A period such as
 * "tháng 12/2025" counts as its first day: the task may have been done on any day of it.
 */
function readCompletion(ctx: SheetContext, row: number, col: number | undefined): string | null {
  if (col === undefined) return null;
  const cell = ctx.grid.cell(row, col);
  const date = readDateCell(cell, ctx.serialOffset);
  if (!date) return null;
  if (date.kind === 'date') return date.from ?? date.date;
  ctx.sink.add('invalid-date', row, col, 'completedOn', displayValue(cell), {
    impossible: date.kind === 'invalid' && date.impossible,
  });
  return null;
}

/** SPEC §4.3: a date in the status's details counts only when the completion column does not say otherwise. */
function completionCellIsEmpty(ctx: SheetContext, row: number, col: number | undefined): boolean {
  return col === undefined || isBlank(ctx.grid.cell(row, col));
}

function checkCompletion(
  ctx: SheetContext,
  row: number,
  block: TableBlock,
  status: CanonicalStatus,
  completedOn: string | null,
  written: string,
  dateInStatus: boolean,
): void {
  if (dateInStatus && completedOn && completedOn > ctx.asOf) {
    ctx.sink.add('completion-in-future', row, block.columns.status, 'status', written, {
      date: isoToVn(completedOn),
      asOf: isoToVn(ctx.asOf),
    });
    return;
  }
  const col = block.columns.completedOn;
  if (col === undefined || dateInStatus) return;
  const cell = ctx.grid.cell(row, col);
  if (status === 'done' && isBlank(cell)) ctx.sink.add('completed-without-date', row, col, 'completedOn', '');
  if (!completedOn) return;
  if (completedOn > ctx.asOf) {
    ctx.sink.add('completion-in-future', row, col, 'completedOn', displayValue(cell), {
      date: isoToVn(completedOn),
      asOf: isoToVn(ctx.asOf),
    });
  }
  if (status === 'in_progress' || status === 'not_started') {
    ctx.sink.add('status-date-conflict', row, block.columns.status, 'status', written, { date: isoToVn(completedOn) });
  }
}

/**
 * How the task stands against its deadline, as far as the dates tell: a task never due (ongoing) is
 * not late; a done task without a completion date was finished by the report date at the latest,
 * so it is on time when the deadline has not passed yet, and undecided otherwise.
 */
function timing(status: CanonicalStatus, due: Due, completedOn: string | null, asOf: string): StatusClaim {
  if (due.kind === 'ongoing') return 'on_time';
  if (due.kind !== 'date') return null;
  if (status === 'done') {
    if (completedOn) return completedOn > due.date ? 'late' : 'on_time';
    return due.date >= asOf ? 'on_time' : null;
  }
  return due.date < asOf ? 'late' : 'on_time';
}

/** A written "đúng hạn" / "quá hạn" is a claim; the dates decide whether it holds (SPEC §4.1). */
function checkClaim(
  ctx: SheetContext,
  row: number,
  cols: TableBlock['columns'],
  written: string,
  status: CanonicalStatus,
  claim: StatusClaim,
  due: Due,
  completedOn: string | null,
): void {
  if (!claim) return;
  const actually = timing(status, due, completedOn, ctx.asOf);
  if (actually && actually !== claim) {
    ctx.sink.add('status-claim-conflict', row, cols.status, 'status', written, {
      actually,
      deadline: due.kind === 'date' ? isoToVn(due.date) : displayValue(ctx.grid.cell(row, cols.deadline)),
    });
  }
}
