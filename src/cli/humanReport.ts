/** The human-readable report of `phuluc check`: per sheet its structure and findings, then the summary. */
import type { Analysis, DeadlineBucket, DeadlineCounts, Finding, IndicatorCounts, Summary, TableBlock, TaskCounts } from '../engine';
import type { Labels, Severity } from '../engine';
import {
  columnLetter, DEADLINE_BUCKETS, fieldLabel, groupsBySheet, INDICATOR_CATEGORIES, LABELS, plansWithIndicators, plansWithTasks,
  reportYear, severityTally, TASK_CATEGORIES, totalByDeadline,
} from '../engine';
import { messages, type CliLang, type Messages } from './messages';
import { oneLine, safeText, truncate } from './text';

const VALUE_MAX = 80;
const MESSAGE_MAX = 400;

export function formatHumanReport(analysis: Analysis, file: string, lang: CliLang): string {
  const m = messages(lang);
  const words = LABELS[lang];
  // SPEC §10: the period, when one was asked for, beside the report date.
  const asOf = m.formatDate(analysis.asOf) + (analysis.period ? ` (${analysis.period.label[lang]})` : '');
  const out: string[] = [m.fileHeading(oneLine(file), asOf), ''];

  const bySheet = new Map<string, Finding[]>();
  for (const f of analysis.findings) {
    const list = bySheet.get(f.sheet);
    if (list) list.push(f);
    else bySheet.set(f.sheet, [f]);
  }

  if (analysis.sheets.length === 0 && bySheet.size === 0) out.push(m.noSheets, '');
  for (const sheet of analysis.sheets) {
    const s = sheet.structure;
    const rows = s.kind === 'none' ? null : sheet.rows;
    out.push(m.sheetHeading(oneLine(s.name), words.sheetKind[s.kind], rows) + (s.overridden ? ` ${m.overridden}` : ''));
    for (const block of s.blocks) out.push(`  ${m.block(words.tableKind[block.kind], block.headerRows, columnsText(block, m, lang))}`);
    for (const line of findingLines(bySheet.get(s.name) ?? [], m, lang)) out.push(line);
    bySheet.delete(s.name);
    out.push('');
  }
  // Findings on sheets the analysis does not list (should not happen; never drop them).
  for (const [name, findings] of bySheet) {
    out.push(m.sheetHeading(oneLine(name), words.sheetKind.none, null));
    for (const line of findingLines(findings, m, lang)) out.push(line);
    out.push('');
  }

  const { summary } = analysis;
  out.push(m.summaryHeading);
  out.push(`  ${m.tasksLine(summary.tasks.total, taskParts(summary.tasks, words))}`);
  out.push(`  ${m.indicatorsLine(summary.indicators.total, indicatorParts(summary.indicators, words))}`);
  out.push(`  ${m.checkLine(tally(analysis.findings, lang))}`);
  if (summary.dueSoon > 0) out.push(`  ${words.dueSoon(summary.dueSoonDays)}: ${summary.dueSoon}`);
  out.push('', safeText(summary.sentence));
  if (summary.plansOnly) out.push(words.plansOnlyNotice);
  for (const line of groupSentenceLines(summary, m, words)) out.push(line);
  for (const line of leadSentenceLines(summary, words)) out.push(line);
  for (const line of planLines(summary, reportYear(analysis.asOf), m, words)) out.push(line);
  return `${out.join('\n')}\n`;
}

/** Seed 001 writes one sentence per source plan: each group's, under its sheet and label. */
function groupSentenceLines(summary: Summary, m: Messages, words: Labels): string[] {
  if (summary.groups.length === 0) return [];
  const lines = ['', `${words.groupSentencesHeading}:`];
  for (const { sheet, groups } of groupsBySheet(summary)) {
    for (const g of groups) lines.push(`  ${m.groupLabel(oneLine(sheet), oneLine(g.group))}`, `    ${oneLine(g.sentence)}`);
  }
  return lines;
}

/** Each lead unit's own sentence, the unit its subject: what a department pastes into its report. */
function leadSentenceLines(summary: Summary, words: Labels): string[] {
  const leads = summary.byLead.filter((l) => l.tasks.total + l.indicators.total > 0);
  if (leads.length === 0) return [];
  return ['', `${words.leadSentencesHeading}:`, ...leads.flatMap((l) => [`  ${oneLine(l.lead)}`, `    ${oneLine(l.sentence)}`])];
}

/** Plan sheets apart from the counts above: tasks by deadline, then indicators per lead unit. */
function planLines(summary: Summary, year: number, m: Messages, words: Labels): string[] {
  const lines: string[] = [];
  const taskPlans = plansWithTasks(summary.plans);
  if (taskPlans.length > 0) {
    const labels = words.deadlineBucket(year);
    const line = (indent: string, scope: string, c: DeadlineCounts) =>
      `${indent}${m.planLine(scope, words.itemCount.tasks(c.total), deadlineParts(c, labels))}`;
    lines.push('', m.plansHeading, line('  ', words.all, totalByDeadline(taskPlans)));
    for (const plan of taskPlans) {
      lines.push(line('  ', oneLine(plan.sheet), plan.byDeadline));
      for (const lead of plan.byLead) lines.push(line('    ', oneLine(lead.lead), lead.byDeadline));
    }
  }
  const indicatorPlans = plansWithIndicators(summary.plans);
  if (indicatorPlans.length > 0) {
    lines.push('', m.planIndicatorsHeading);
    for (const { sheet, indicators } of indicatorPlans) {
      lines.push(`  ${m.planIndicatorLine(oneLine(sheet), words.itemCount.indicators(indicators.total), indicators.years)}`);
      for (const lead of indicators.byLead) {
        lines.push(`    ${m.planIndicatorLine(oneLine(lead.lead), words.itemCount.indicators(lead.total), [])}`);
      }
    }
  }
  return lines;
}

/** "3 lỗi, 2 cảnh báo, 0 lưu ý". */
export function tally(findings: readonly Finding[], lang: CliLang): string {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return severityTally(counts, lang);
}

function findingLines(findings: Finding[], m: Messages, lang: CliLang): string[] {
  if (findings.length === 0) return [`  ${m.noIssues}`];
  const lines: string[] = [];
  for (const f of findings) {
    const field = f.field ? ` · ${oneLine(fieldLabel(f.field, LABELS[lang]))}` : '';
    const value = f.value !== '' ? ` · "${truncate(oneLine(f.value), VALUE_MAX)}"` : '';
    lines.push(`  [${LABELS[lang].severity[f.severity]}] ${oneLine(f.cell)}${field}${value} (${f.code})`);
    if (f.message) lines.push(`      ${shortened(f.message, f.value)}`);
    if (f.hint) lines.push(`      ${m.hintPrefix} ${shortened(f.hint, f.value)}`);
  }
  return lines;
}

/** A message that quotes a very long cell value quotes it shortened; no line grows without bound. */
function shortened(text: string, value: string): string {
  let t = text;
  if (value.length > VALUE_MAX && t.includes(value)) t = t.split(value).join(truncate(value, VALUE_MAX));
  return truncate(oneLine(t), MESSAGE_MAX);
}

function columnsText(block: TableBlock, m: Messages, lang: CliLang): string {
  const parts = Object.entries(block.columns)
    .sort((a, b) => a[1] - b[1])
    .map(([field, col]) => `${fieldLabel(field, LABELS[lang], block.kind)} ${columnLetter(col)}`);
  for (const [year, col] of Object.entries(block.targetYears ?? {})) parts.push(`${m.targetYear(year)} ${columnLetter(col)}`);
  return parts.join(', ');
}

function taskParts(c: TaskCounts, words: Labels): string {
  return TASK_CATEGORIES.filter((k) => c[k] > 0).map((k) => `${words.taskCategory[k]} ${c[k]}`).join(', ');
}

function deadlineParts(c: DeadlineCounts, labels: Record<DeadlineBucket, string>): string {
  return DEADLINE_BUCKETS.filter((k) => c[k] > 0).map((k) => `${labels[k]} ${c[k]}`).join(', ');
}

function indicatorParts(c: IndicatorCounts, words: Labels): string {
  return INDICATOR_CATEGORIES.filter((k) => c[k] > 0).map((k) => `${words.indicatorCategory[k]} ${c[k]}`).join(', ');
}
