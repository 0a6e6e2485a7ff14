import type { ReactNode } from 'react';
import { Text } from '@fluentui/react-components';
import { useSummaryStyles } from './summaryStyles';

export interface SummarySectionProps {
  title: string;
  /** What the section counts, when its title alone does not say (plan sheets are counted apart). */
  hint?: string;
  children: ReactNode;
}

/** One titled section of the Tổng hợp tab. */
export function SummarySection({ title, hint, children }: SummarySectionProps) {
  const styles = useSummaryStyles();
  return (
    <section className={styles.section}>
      <Text as="h3" weight="semibold" className={styles.heading}>
        {title}
      </Text>
      {hint && <Text size={200}>{hint}</Text>}
      {children}
    </section>
  );
}
