import type { IndicatorCounts, TaskCounts } from '../analysis';

/** SPEC §7: counts 1–9 get a leading zero ("06"), 0 stays "0", 10 and more as they are. */
export function formatCount(n: number): string {
  return n >= 1 && n <= 9 ? `0${n}` : String(n);
}

/** "06 nhiệm vụ/17 chỉ tiêu", or "0 nhiệm vụ/chỉ tiêu" when both are 0 (seed 001). */
function pair(tasks: number, indicators: number): string {
  if (tasks === 0 && indicators === 0) return '0 nhiệm vụ/chỉ tiêu';
  return `${formatCount(tasks)} nhiệm vụ/${formatCount(indicators)} chỉ tiêu`;
}

/**
 * The report sentence exactly as SPEC §7 spells it. `startedTasks` counts the tasks whose written
 * status is done or in progress (an overdue task counts when it is in progress).
 */
export function reportSentence(subject: string, tasks: TaskCounts, startedTasks: number, indicators: IndicatorCounts): string {
  const doneTasks = tasks.done_on_time + tasks.done_late;
  const measured = indicators.done + indicators.in_progress + indicators.overdue;
  return (
    `${subject} được giao ${formatCount(tasks.total)} nhiệm vụ và ${formatCount(indicators.total)} chỉ tiêu, ` +
    `đã và đang thực hiện ${formatCount(startedTasks)} nhiệm vụ và ${formatCount(measured)} chỉ tiêu, ` +
    `hoàn thành ${pair(doneTasks, indicators.done)}, ` +
    `trong hạn ${pair(tasks.in_progress, indicators.in_progress)}, ` +
    `quá hạn ${pair(tasks.overdue, indicators.overdue)}; ` +
    `chưa triển khai ${pair(tasks.not_started, indicators.not_started)}.`
  );
}
