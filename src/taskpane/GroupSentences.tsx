import { Text } from '@fluentui/react-components';
import type { GroupSummary } from '../engine';
import { SentenceField } from './SentenceField';
import { fill, type Strings } from './strings';
import { useSummaryStyles } from './summaryStyles';

export interface GroupSentencesProps {
  t: Strings;
  sheets: { sheet: string; groups: GroupSummary[] }[];
}

/** One report sentence per group under its sheet, each copied on its own (seed 001 writes one per source plan). */
export function GroupSentences({ t, sheets }: GroupSentencesProps) {
  const styles = useSummaryStyles();
  if (sheets.length === 0) return null;
  return (
    <section className={styles.section}>
      <Text as="h3" weight="semibold" className={styles.heading}>
        {t.summary.groupSentences}
      </Text>
      {sheets.map(({ sheet, groups }) => (
        <section key={sheet} className={styles.section} aria-label={sheet}>
          <Text as="h4" size={200} weight="semibold" className={styles.heading}>
            {sheet}
          </Text>
          {groups.map((g) => (
            <SentenceField
              key={g.group}
              t={t}
              label={g.group}
              sentence={g.sentence}
              rows={6}
              copyName={fill(t.summary.copyGroup, { group: g.group })}
            />
          ))}
        </section>
      ))}
    </section>
  );
}
