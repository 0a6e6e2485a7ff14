import { useEffect, useMemo, useState } from 'react';
import { Button, Checkbox, Field, ProgressBar, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Analysis, Finding, FindingCode, Severity } from '../engine';
import { LABELS } from '../engine';
import { CapabilityNote } from './CapabilityNote';
import { FindingList } from './FindingList';
import { fill } from './strings';
import type { Strings } from './strings';
import type { Progress } from './useChecker';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const ALL = 'all';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  // "9 lỗi, 14 cảnh báo, 1 lưu ý": one phrase, each count in its severity's colour; the commas are drawn, not read.
  counts: {
    listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightSemibold,
    '& li:not(:last-child)::after': { content: '","', color: tokens.colorNeutralForeground1 },
  },
  error: { color: tokens.colorStatusDangerForeground1 },
  warning: { color: tokens.colorStatusWarningForeground3 },
  info: { color: tokens.colorNeutralForeground2 },
  filters: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(130px, 1fr))', gap: tokens.spacingHorizontalS },
});

function countBy<K extends string>(findings: Finding[], key: (finding: Finding) => K): Map<K, number> {
  const counts = new Map<K, number>();
  for (const finding of findings) counts.set(key(finding), (counts.get(key(finding)) ?? 0) + 1);
  return counts;
}

export interface CheckTabProps {
  t: Strings;
  analysis: Analysis | null;
  busy: boolean;
  progress: Progress | null;
  canHighlight: boolean;
  readsMerges: boolean;
  onCheck: (activeSheetOnly: boolean) => void;
  onSelect: (finding: Finding) => void;
  onHighlight: () => void;
  onClearHighlight: () => void;
  onWriteIssues: () => void;
  /** A line under a finding on an indicator with other years' results, by its sheet and row. */
  notes?: Map<string, string>;
}

export function CheckTab(props: CheckTabProps) {
  const { t, analysis, busy, progress, canHighlight, readsMerges } = props;
  const styles = useStyles();
  const [activeOnly, setActiveOnly] = useState(false);
  const [severity, setSeverity] = useState<Severity | typeof ALL>(ALL);
  const [code, setCode] = useState<FindingCode | typeof ALL>(ALL);
  useEffect(() => {
    setSeverity(ALL);
    setCode(ALL);
  }, [analysis]);

  const findings = useMemo(() => analysis?.findings ?? [], [analysis]);
  const bySeverity = useMemo(() => countBy(findings, (f) => f.severity), [findings]);
  const byCode = useMemo(() => countBy(findings, (f) => f.code), [findings]);
  const shown = useMemo(
    () => findings.filter((f) => (severity === ALL || f.severity === severity) && (code === ALL || f.code === code)),
    [findings, severity, code],
  );
  const severityClass: Record<Severity, string> = { error: styles.error, warning: styles.warning, info: styles.info };

  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <Checkbox
          label={t.check.activeOnly}
          checked={activeOnly}
          onChange={(_, data) => setActiveOnly(data.checked === true)}
        />
        <Button appearance="primary" disabledFocusable={busy} onClick={() => props.onCheck(activeOnly)}>
          {t.check.run}
        </Button>
      </div>

      {!readsMerges && <CapabilityNote t={t} feature="merges" />}
      {progress && (
        <Field
          validationState="none"
          validationMessage={progress.total > 0 ? fill(t.check.readingRows, { read: progress.read, total: progress.total }) : t.check.reading}
        >
          <ProgressBar value={progress.total > 0 ? progress.read / progress.total : undefined} />
        </Field>
      )}

      {analysis && (
        <>
          <Text weight="semibold">{fill(t.check.total, { n: findings.length })}</Text>
          <ul className={styles.counts} aria-label={t.check.filterSeverity}>
            {SEVERITIES.map((s) => (
              <li key={s} className={severityClass[s]}>
                {t.labels.severityCount[s](bySeverity.get(s) ?? 0)}
              </li>
            ))}
          </ul>
          {analysis.summary.dueSoon > 0 && (
            <Text>{`${LABELS[analysis.lang].dueSoon(analysis.summary.dueSoonDays)}: ${analysis.summary.dueSoon}`}</Text>
          )}

          {!canHighlight && <CapabilityNote t={t} feature="highlight" />}
          <div className={styles.row}>
            <Button disabled={!canHighlight || findings.length === 0} disabledFocusable={busy} onClick={props.onHighlight}>
              {t.check.highlight}
            </Button>
            <Button disabled={!canHighlight} disabledFocusable={busy} onClick={props.onClearHighlight}>
              {t.check.clearHighlight}
            </Button>
            <Button disabledFocusable={busy} onClick={props.onWriteIssues}>
              {t.check.writeIssues}
            </Button>
          </div>

          {findings.length === 0 ? (
            <Text>{t.check.none}</Text>
          ) : (
            <>
              <div className={styles.filters}>
                <Field label={t.check.filterSeverity}>
                  <Select value={severity} onChange={(_, data) => setSeverity(data.value as Severity | typeof ALL)}>
                    <option value={ALL}>{t.check.all}</option>
                    {SEVERITIES.filter((s) => bySeverity.has(s)).map((s) => (
                      <option key={s} value={s}>
                        {t.labels.severity[s]} ({bySeverity.get(s)})
                      </option>
                    ))}
                  </Select>
                </Field>
                <Field label={t.check.filterCode}>
                  <Select value={code} onChange={(_, data) => setCode(data.value as FindingCode | typeof ALL)}>
                    <option value={ALL}>{t.check.all}</option>
                    {[...byCode].map(([c, n]) => (
                      <option key={c} value={c}>
                        {t.labels.findingCode[c]} ({n})
                      </option>
                    ))}
                  </Select>
                </Field>
              </div>
              <Text size={200}>{t.check.selectHint}</Text>
              {shown.length === 0 ? (
                <Text>{t.check.noneFiltered}</Text>
              ) : (
                <FindingList t={t} findings={shown} disabled={busy} onSelect={props.onSelect} notes={props.notes} />
              )}
            </>
          )}
        </>
      )}
    </div>
  );
}
