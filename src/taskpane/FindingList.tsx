import { useCallback, useMemo, useState } from 'react';
import { Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useCardListStyles } from './cardListStyles';
import type { Finding, Severity } from '../engine';
import { fill } from './strings';
import { rowKey } from './yearResultsNotes';
import type { Strings } from './strings';

/** Findings rendered per sheet at first; "Hiện thêm" adds this many more. */
const PAGE_SIZE = 50;
/** Long cell texts (whole paragraphs) are cut in the list; the cell itself is one click away. */
const VALUE_CHARS = 160;

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { margin: 0, overflowWrap: 'anywhere' },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  badge: {
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    border: `${tokens.strokeWidthThin} solid currentColor`,
  },
  cell: { color: tokens.colorBrandForeground1, fontFamily: tokens.fontFamilyMonospace },
  error: { color: tokens.colorStatusDangerForeground1 },
  warning: { color: tokens.colorStatusWarningForeground3 },
  info: { color: tokens.colorNeutralForeground2 },
  message: { fontWeight: tokens.fontWeightSemibold },
  detail: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  more: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

interface SheetGroup {
  sheet: string;
  findings: Finding[];
}

function groupBySheet(findings: Finding[]): SheetGroup[] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = groups.get(finding.sheet);
    if (list) list.push(finding);
    else groups.set(finding.sheet, [finding]);
  }
  return [...groups].map(([sheet, list]) => ({ sheet, findings: list }));
}

function clip(text: string): string {
  return text.length > VALUE_CHARS ? `${text.slice(0, VALUE_CHARS)}…` : text;
}

export interface FindingListProps {
  t: Strings;
  findings: Finding[];
  disabled: boolean;
  onSelect: (finding: Finding) => void;
  /** An extra line per finding, by `rowKey(sheet, row)`: an indicator's other years' results. */
  notes?: Map<string, string>;
}

/**
 * Findings grouped by sheet, each a button that selects its cell. Thousands of findings are shown
 * a page at a time per sheet, so the pane stays responsive.
 */
export function FindingList({ t, findings, disabled, onSelect, notes }: FindingListProps) {
  const styles = useStyles();
  const cards = useCardListStyles();
  const groups = useMemo(() => groupBySheet(findings), [findings]);
  const [limits, setLimits] = useState<Record<string, number>>({});
  /** After "show more", keyboard focus moves to the first finding revealed. */
  const [focusTarget, setFocusTarget] = useState<Finding | null>(null);
  const focusRevealed = useCallback((element: HTMLButtonElement | null) => {
    if (!element) return;
    element.focus();
    setFocusTarget(null);
  }, []);
  const severityClass: Record<Severity, string> = { error: styles.error, warning: styles.warning, info: styles.info };

  return (
    <>
      {groups.map(({ sheet, findings: list }) => {
        const limit = limits[sheet] ?? PAGE_SIZE;
        const hidden = list.length - limit;
        return (
          <section key={sheet} className={styles.group} aria-label={sheet}>
            <Text as="h3" weight="semibold" className={styles.heading}>
              {sheet} · {fill(t.check.groupCount, { n: list.length })}
            </Text>
            <ul className={cards.list}>
              {list.slice(0, limit).map((finding, index) => (
                <li key={index}>
                  <button
                    type="button"
                    className={mergeClasses(cards.card, cards.clickable, cards.focus)}
                    disabled={disabled}
                    ref={finding === focusTarget ? focusRevealed : undefined}
                    onClick={() => onSelect(finding)}
                  >
                    <span className={styles.badges}>
                      <span className={mergeClasses(styles.badge, styles.cell)}>{finding.cell}</span>
                      <span className={mergeClasses(styles.badge, severityClass[finding.severity])}>
                        {t.labels.severity[finding.severity]}
                      </span>
                    </span>
                    <span className={styles.message}>{finding.message}</span>
                    {finding.value !== '' && (
                      <span className={styles.detail}>{fill(t.check.value, { value: clip(finding.value) })}</span>
                    )}
                    {finding.hint !== '' && <span className={styles.detail}>{fill(t.check.hint, { hint: finding.hint })}</span>}
                    {notes?.has(rowKey(finding.sheet, finding.row)) && (
                      <span className={styles.detail}>{notes.get(rowKey(finding.sheet, finding.row))}</span>
                    )}
                  </button>
                </li>
              ))}
            </ul>
            {hidden > 0 && (
              <div className={styles.more}>
                <Text>{fill(t.check.more, { n: hidden })}</Text>
                <Button
                  size="small"
                  onClick={() => {
                    setLimits({ ...limits, [sheet]: limit + PAGE_SIZE });
                    setFocusTarget(list[limit]);
                  }}
                >
                  {fill(t.check.showMore, { n: Math.min(hidden, PAGE_SIZE) })}
                </Button>
              </div>
            )}
          </section>
        );
      })}
    </>
  );
}
