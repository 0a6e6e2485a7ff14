/** Field names of the two appendix kinds (SPEC §2). Stable: they appear in the JSON report. */

export const TASK_FIELDS = [
  'stt', 'code', 'name', 'lead', 'support', 'sourceDoc', 'deadline', 'status', 'expected', 'report', 'completedOn',
] as const;
export type TaskField = (typeof TASK_FIELDS)[number];

export const INDICATOR_FIELDS = ['stt', 'name', 'unit', 'target', 'actual', 'lead', 'output'] as const;
export type IndicatorField = (typeof INDICATOR_FIELDS)[number];

export type SheetKind = 'tasks' | 'indicators' | 'none';
export type TableKind = Exclude<SheetKind, 'none'>;
