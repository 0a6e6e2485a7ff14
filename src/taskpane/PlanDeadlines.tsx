import { Text } from '@fluentui/react-components';
import type { DeadlineBucket, DeadlineCounts, PlanSummary } from '../engine';
import { DEADLINE_BUCKETS, plansWithTasks } from '../engine';
import { CountTable } from './CountTable';
import type { Strings } from './strings';
import { SummaryAccordion } from './SummaryAccordion';
import { SummarySection } from './SummarySection';
import { useSummaryStyles } from './summaryStyles';

type BucketLabels = Record<DeadlineBucket, string>;

function DeadlineTable({ t, caption, counts, labels }: { t: Strings; caption: string; counts: DeadlineCounts; labels: BucketLabels }) {
  return (
    <CountTable
      caption={caption}
      rows={DEADLINE_BUCKETS.map((b) => [labels[b], counts[b]])}
      totalLabel={t.summary.total}
      total={counts.total}
    />
  );
}

export interface PlanDeadlinesProps {
  t: Strings;
  plans: PlanSummary[];
  /** The engine's bucket names, which name the report date's year ("due this year", "due later"). */
  labels: BucketLabels;
}

/** SPEC §2.1: plan sheets have no status, so they are counted by deadline, per sheet and per lead unit. */
export function PlanDeadlines({ t, plans: allPlans, labels }: PlanDeadlinesProps) {
  const styles = useSummaryStyles();
  const plans = plansWithTasks(allPlans);
  if (plans.length === 0) return null;
  return (
    <SummarySection title={t.summary.plans} hint={t.summary.plansHint}>
      <div className={styles.tables}>
        {plans.map((p) => (
          <DeadlineTable key={p.sheet} t={t} caption={p.sheet} counts={p.byDeadline} labels={labels} />
        ))}
      </div>
      <Text as="h4" size={200} weight="semibold" className={styles.heading}>
        {t.summary.planLeads}
      </Text>
      <SummaryAccordion
        items={plans.flatMap((p) =>
          p.byLead.map((l) => ({
            key: `${p.sheet}\u0000${l.lead}`,
            title: l.lead,
            detail: `${p.sheet} · ${t.labels.itemCount.tasks(l.byDeadline.total)}`,
            panel: <DeadlineTable t={t} caption={l.lead} counts={l.byDeadline} labels={labels} />,
          })),
        )}
      />
    </SummarySection>
  );
}
