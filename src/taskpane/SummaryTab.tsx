import { useEffect, useState } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { INDICATOR_CATEGORIES, TASK_CATEGORIES } from '../engine/analysis';
import type { Analysis, IndicatorCounts, TaskCounts } from '../engine';
import { copyText } from './clipboard';
import { fill } from './strings';
import type { Strings } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  tables: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))', gap: tokens.spacingHorizontalM },
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    '& caption': { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXXS },
    '& th, & td': {
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      textAlign: 'left',
      fontWeight: tokens.fontWeightRegular,
      overflowWrap: 'anywhere',
    },
    '& td': { textAlign: 'right', fontVariantNumeric: 'tabular-nums', width: '4em' },
    '& tr:last-child th, & tr:last-child td': { fontWeight: tokens.fontWeightSemibold },
  },
  itemTitle: { display: 'flex', flexDirection: 'column', overflowWrap: 'anywhere', textAlign: 'left' },
});

function CountsTables({ t, tasks, indicators }: { t: Strings; tasks: TaskCounts; indicators: IndicatorCounts }) {
  const styles = useStyles();
  return (
    <div className={styles.tables}>
      {tasks.total > 0 && (
        <table className={styles.table}>
          <caption>{t.summary.tasks}</caption>
          <tbody>
            {TASK_CATEGORIES.map((c) => (
              <tr key={c}>
                <th scope="row">{t.taskCategories[c]}</th>
                <td>{tasks[c]}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t.summary.total}</th>
              <td>{tasks.total}</td>
            </tr>
          </tbody>
        </table>
      )}
      {indicators.total > 0 && (
        <table className={styles.table}>
          <caption>{t.summary.indicators}</caption>
          <tbody>
            {INDICATOR_CATEGORIES.map((c) => (
              <tr key={c}>
                <th scope="row">{t.indicatorCategories[c]}</th>
                <td>{indicators[c]}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t.summary.total}</th>
              <td>{indicators.total}</td>
            </tr>
          </tbody>
        </table>
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
}

/** Groups or lead units, collapsed to one line each so a long list stays readable at 320px. */
function CountsAccordion({ t, title, items }: { t: Strings; title: string; items: Item[] }) {
  const styles = useStyles();
  if (items.length === 0) return null;
  return (
    <section className={styles.section}>
      <Text as="h3" weight="semibold" className={styles.heading}>
        {title}
      </Text>
      <Accordion multiple collapsible>
        {items.map((item) => (
          <AccordionItem key={item.key} value={item.key}>
            <AccordionHeader size="small">
              <span className={styles.itemTitle}>
                <span>{item.title}</span>
                <Text size={200}>
                  {item.subtitle && `${item.subtitle} · `}
                  {fill(t.summary.itemTotals, { tasks: item.tasks.total, indicators: item.indicators.total })}
                </Text>
              </span>
            </AccordionHeader>
            <AccordionPanel>
              <CountsTables t={t} tasks={item.tasks} indicators={item.indicators} />
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </section>
  );
}

export interface SummaryTabProps {
  t: Strings;
  analysis: Analysis;
  busy: boolean;
  onInsert: () => void;
}

export function SummaryTab({ t, analysis, busy, onInsert }: SummaryTabProps) {
  const styles = useStyles();
  const { summary } = analysis;
  const [copied, setCopied] = useState<boolean | null>(null);
  useEffect(() => setCopied(null), [summary.sentence]);

  return (
    <div className={styles.root}>
      <Field
        label={t.summary.sentence}
        validationState={copied === null ? 'none' : copied ? 'success' : 'error'}
        validationMessage={copied === null ? undefined : copied ? t.summary.copied : t.summary.copyFailed}
      >
        <Textarea readOnly resize="vertical" rows={7} value={summary.sentence} />
      </Field>
      <div className={styles.row}>
        <Button onClick={() => void copyText(summary.sentence).then(setCopied)}>{t.summary.copy}</Button>
        <Button appearance="primary" disabledFocusable={busy} onClick={onInsert}>
          {t.summary.insert}
        </Button>
      </div>
      <Text size={200}>{t.summary.insertHint}</Text>

      <section className={styles.section}>
        <Text as="h3" weight="semibold" className={styles.heading}>
          {t.summary.overall}
        </Text>
        <CountsTables t={t} tasks={summary.tasks} indicators={summary.indicators} />
      </section>
      <CountsAccordion
        t={t}
        title={t.summary.byGroup}
        items={summary.groups.map((g) => ({ key: `${g.sheet}\u0000${g.group}`, title: g.group, subtitle: g.sheet, ...g }))}
      />
      <CountsAccordion
        t={t}
        title={t.summary.byLead}
        items={summary.byLead.map((l) => ({ key: l.lead, title: l.lead, ...l }))}
      />
    </div>
  );
}
