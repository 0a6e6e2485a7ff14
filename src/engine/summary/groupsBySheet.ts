import type { GroupSummary, Summary } from '../analysis';

/**
 * The groups under their sheets, in the workbook's sheet order. `summary.groups` lists task groups
 * before indicator groups, an order that the JSON report keeps stable but a reader should not see.
 */
export function groupsBySheet(summary: Summary): { sheet: string; groups: GroupSummary[] }[] {
  return summary.sheets
    .map(({ sheet }) => ({ sheet, groups: summary.groups.filter((g) => g.sheet === sheet) }))
    .filter((s) => s.groups.length > 0);
}
