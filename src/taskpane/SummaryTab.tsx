import { useEffect, useState } from 'react';
import { Button, Field, Text } from '@fluentui/react-components';
import type { Analysis, IndicatorCounts, TaskCounts } from '../engine';
import {
  groupsBySheet, INDICATOR_CATEGORIES, isoToVn, LABELS, planSummarySheet, reportYear, SUMMARY_FOOTER,
  TASK_CATEGORIES,
} from '../engine';
import { CapabilityNote } from './CapabilityNote';
import { copyRich } from './clipboard';
import { sheetPlanToWord } from './wordCopy';
import { CountTable } from './CountTable';
import { PlanDeadlines } from './PlanDeadlines';
import { PlanIndicators } from './PlanIndicators';
import { SentenceField } from './SentenceField';
import { SummaryAccordion } from './SummaryAccordion';
import { SummarySection } from './SummarySection';
import { fill } from './strings';
import { useSummaryStyles } from './summaryStyles';
import type { Strings } from './strings';
import type { PeriodStrings } from './periodStrings';

function CountsTables({ t, tasks, indicators }: { t: Strings; tasks: TaskCounts; indicators: IndicatorCounts }) {
  const styles = useSummaryStyles();
  return (
    <div className={styles.tables}>
      {tasks.total > 0 && (
        <CountTable
          caption={t.summary.tasks}
          rows={TASK_CATEGORIES.map((c) => [t.labels.taskCategory[c], tasks[c]])}
          totalLabel={t.summary.total}
          total={tasks.total}
        />
      )}
      {indicators.total > 0 && (
        <CountTable
          caption={t.summary.indicators}
          rows={INDICATOR_CATEGORIES.map((c) => [t.labels.indicatorCategory[c], indicators[c]])}
          totalLabel={t.summary.total}
          total={indicators.total}
        />
      )}
    </div>
  );
}

interface Item {
  key: string;
  title: string;
  subtitle?: string;
  tasks: TaskCounts;
  indicators: IndicatorCounts;
  /** The item's own report sentence (seed 001 writes one per source plan; a lead unit reports for itself). */
  sentence: string;
}

interface CountsAccordionProps {
  t: Strings;
  title: string;
  /** The sentence field's label and its copy button's name, `{name}` being the item's title. */
  sentenceLabel: string;
  copyName: string;
  items: Item[];
}

/** Groups or lead units, each with its counts and its own sentence. */
function CountsAccordion({ t, title, sentenceLabel, copyName, items }: CountsAccordionProps) {
  const styles = useSummaryStyles();
  if (items.length === 0) return null;
  return (
    <SummarySection title={title}>
      <SummaryAccordion
        items={items.map((item) => {
          const totals = `${t.labels.itemCount.tasks(item.tasks.total)}, ${t.labels.itemCount.indicators(item.indicators.total)}`;
          return {
            key: item.key,
            title: item.title,
            detail: item.subtitle ? `${item.subtitle} · ${totals}` : totals,
            panel: (
              <div className={styles.section}>
                <CountsTables t={t} tasks={item.tasks} indicators={item.indicators} />
                <SentenceField
                  t={t}
                  label={fill(sentenceLabel, { name: item.title })}
                  sentence={item.sentence}
                  rows={4}
                  copyName={fill(copyName, { name: item.title })}
                />
              </div>
            ),
          };
        })}
      />
    </SummarySection>
  );
}

export interface SummaryTabProps {
  t: Strings;
  p: PeriodStrings;
  analysis: Analysis;
  busy: boolean;
  /** The host can set up how written sheets print (ExcelApi 1.9); when not, the pane says so. */
  printSetup: boolean;
  onInsert: () => void;
}

/**
 * "Copy for Word": the sentences and tables of the Tổng hợp sheet, as Word pastes them (HTML tables
 * with borders and bold headers) beside plain text. Made from the sheet's own plan, so the document
 * and the sheet never differ.
 */
function CopyForWord({ t, analysis }: { t: Strings; analysis: Analysis }) {
  const [copied, setCopied] = useState<boolean | null>(null);
  useEffect(() => setCopied(null), [analysis]);
  const copy = () => {
    const { html, text } = sheetPlanToWord(planSummarySheet(analysis), [SUMMARY_FOOTER[analysis.lang]]);
    void copyRich(html, text).then(setCopied);
  };
  return (
    <Field
      validationState={copied === null ? 'none' : copied ? 'success' : 'error'}
      validationMessage={copied === null ? undefined : copied ? t.summary.copiedForWord : t.summary.copyForWordFailed}
    >
      <Button onClick={copy}>{t.summary.copyForWord}</Button>
    </Field>
  );
}

export function SummaryTab({ t, p, analysis, busy, printSetup, onInsert }: SummaryTabProps) {
  const styles = useSummaryStyles();
  const { summary } = analysis;
  // SPEC §10: wherever the report date is, its period is shown with it.
  const period = analysis.period ? analysis.period.label[analysis.lang] : null;

  return (
    <div className={styles.root}>
      <Text weight="semibold">
        {fill(p.asOf, { date: isoToVn(analysis.asOf) })}
        {period && ` (${period})`}
      </Text>
      <SentenceField t={t} label={period ? `${t.summary.sentence} (${period})` : t.summary.sentence} sentence={summary.sentence} rows={7}>
        <Button appearance="primary" disabledFocusable={busy} onClick={onInsert}>
          {t.summary.insert}
        </Button>
      </SentenceField>
      {summary.plansOnly && <Text>{LABELS[analysis.lang].plansOnlyNotice}</Text>}
      {summary.tasks.total > 0 && <Text>{`${LABELS[analysis.lang].dueSoon(summary.dueSoonDays)}: ${summary.dueSoon}`}</Text>}
      <Text size={200}>{t.summary.insertHint}</Text>
      {!printSetup && <CapabilityNote t={t} feature="print" />}
      <CopyForWord t={t} analysis={analysis} />

      {(summary.tasks.total > 0 || summary.indicators.total > 0) && (
        <SummarySection title={t.summary.overall}>
          <CountsTables t={t} tasks={summary.tasks} indicators={summary.indicators} />
        </SummarySection>
      )}
      <CountsAccordion
        t={t}
        title={t.summary.byGroup}
        sentenceLabel={t.summary.groupSentence}
        copyName={t.summary.copyGroup}
        items={groupsBySheet(summary).flatMap(({ groups }) =>
          groups.map((g) => ({ key: `${g.sheet}\u0000${g.group}`, title: g.group, subtitle: g.sheet, ...g })),
        )}
      />
      <CountsAccordion
        t={t}
        title={t.summary.byLead}
        sentenceLabel={t.summary.leadSentence}
        copyName={t.summary.copyLead}
        items={summary.byLead.map((l) => ({ key: l.lead, title: l.lead, ...l }))}
      />
      <PlanDeadlines
        t={t}
        plans={summary.plans}
        labels={LABELS[analysis.lang].deadlineBucket(reportYear(analysis.asOf))}
      />
      <PlanIndicators t={t} plans={summary.plans} />
    </div>
  );
}
