import type { PlanSummary } from '../engine';
import { plansWithIndicators } from '../engine';
import { CountTable } from './CountTable';
import { fill, type Strings } from './strings';
import { SummarySection } from './SummarySection';
import { useSummaryStyles } from './summaryStyles';

export interface PlanIndicatorsProps {
  t: Strings;
  plans: PlanSummary[];
}

/** SPEC §2.2: without an actual column there is nothing to evaluate, so plan indicators are only counted per lead unit. */
export function PlanIndicators({ t, plans: allPlans }: PlanIndicatorsProps) {
  const styles = useSummaryStyles();
  const plans = plansWithIndicators(allPlans);
  if (plans.length === 0) return null;
  return (
    <SummarySection title={t.summary.planIndicators} hint={t.summary.planIndicatorsHint}>
      <div className={styles.tables}>
        {plans.map(({ sheet, indicators }) => (
          <CountTable
            key={sheet}
            caption={indicators.years.length > 0 ? fill(t.summary.planYears, { sheet, years: indicators.years.join(', ') }) : sheet}
            rows={indicators.byLead.map((l) => [l.lead, l.total])}
            totalLabel={t.summary.total}
            total={indicators.total}
          />
        ))}
      </div>
    </SummarySection>
  );
}
