import { useRef, useState } from 'react';
import { Button, Field, ProgressBar, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Lang, RollupResult } from '../engine';
import { isoToVn, parsePeriod } from '../engine';
import type { PeriodStrings } from './periodStrings';
import { WORKBOOK_ACCEPT, withFileName } from './pickedWorkbook';
import { SentenceField } from './SentenceField';
import { fill, type Strings } from './strings';
import { useSummaryStyles } from './summaryStyles';
import type { RollupFile } from './useRollup';

const useStyles = makeStyles({
  drop: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  dragging: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  hiddenInput: { display: 'none' },
  files: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  file: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, overflowWrap: 'anywhere' },
  status: { flexShrink: 0, color: tokens.colorNeutralForeground2 },
  unreadable: { color: tokens.colorStatusDangerForeground1 },
  units: {
    width: '100%',
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    '& th, & td': {
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXXS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      textAlign: 'right',
      fontVariantNumeric: 'tabular-nums',
    },
    '& th:first-child': { textAlign: 'left', overflowWrap: 'anywhere', fontWeight: tokens.fontWeightRegular },
    '& thead th': { fontWeight: tokens.fontWeightSemibold },
    '& tr:last-child th, & tr:last-child td': { fontWeight: tokens.fontWeightSemibold },
  },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface RollupTabProps {
  t: Strings;
  p: PeriodStrings;
  lang: Lang;
  busy: boolean;
  files: RollupFile[];
  running: boolean;
  result: RollupResult | null;
  noneRead: boolean;
  onFiles: (files: File[]) => void;
  onWrite: () => void;
  onReset: () => void;
}

/** SPEC §12 in the pane: pick or drop the units' workbooks, see each one read, the per-unit table and the overall sentence. */
export function RollupTab(props: RollupTabProps) {
  const { t, p, files, running, result } = props;
  const summaryStyles = useSummaryStyles();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const done = files.filter((f) => f.status === 'read' || f.status === 'unreadable').length;
  const unreadable = files.filter((f) => f.status === 'unreadable');

  const take = (list: FileList | null | undefined) => {
    const picked: File[] = [];
    for (let i = 0; i < (list?.length ?? 0); i++) picked.push((list as FileList)[i]);
    if (picked.length > 0) props.onFiles(picked);
  };

  return (
    <div className={summaryStyles.root}>
      <Text as="h2" weight="semibold" size={400} className={summaryStyles.heading}>
        {p.rollup.heading}
      </Text>
      <div
        className={mergeClasses(styles.drop, dragging && styles.dragging)}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          if (!running) take(event.dataTransfer?.files);
        }}
      >
        <Text size={200}>{p.rollup.intro}</Text>
        <input
          ref={input}
          className={styles.hiddenInput}
          type="file"
          multiple
          accept={WORKBOOK_ACCEPT}
          aria-label={p.rollup.pick}
          onChange={(event) => {
            take(event.target.files);
            event.target.value = '';
          }}
        />
        <Button appearance="primary" disabledFocusable={running} onClick={() => input.current?.click()}>
          {p.rollup.pick}
        </Button>
        <Text size={200}>{p.rollup.drop}</Text>
      </div>

      {files.length > 0 && (
        <Field validationState="none" validationMessage={fill(p.rollup.progress, { read: done, total: files.length })}>
          <ProgressBar value={done / files.length} />
        </Field>
      )}
      {files.length > 0 && (
        <ul className={styles.files} aria-label={fill(p.rollup.progress, { read: done, total: files.length })}>
          {files.map((f, i) => (
            <li key={i} className={styles.file}>
              <span>{f.name}</span>
              <span className={mergeClasses(styles.status, f.status === 'unreadable' && styles.unreadable)}>{p.rollup.status[f.status]}</span>
            </li>
          ))}
        </ul>
      )}

      {props.noneRead && <Text weight="semibold">{p.rollup.noneRead}</Text>}
      {result && <RollupResultView t={t} p={p} lang={props.lang} result={result} />}
      {!running && unreadable.length > 0 && (
        <section className={summaryStyles.section}>
          <Text as="h3" weight="semibold" className={summaryStyles.heading}>
            {p.rollup.unreadable}
          </Text>
          <ul className={styles.files} aria-label={p.rollup.unreadable}>
            {unreadable.map((f, i) => (
              <li key={i}>{withFileName(f.name, f.reason ?? '')}</li>
            ))}
          </ul>
        </section>
      )}
      {!running && files.length > 0 && (
        <div className={styles.row}>
          {result && (
            <Button appearance="primary" disabledFocusable={props.busy} onClick={props.onWrite}>
              {p.rollup.write}
            </Button>
          )}
          <Button onClick={props.onReset}>{p.rollup.again}</Button>
        </div>
      )}
      {result && !running && <Text size={200}>{p.rollup.writeHint}</Text>}
    </div>
  );
}

function RollupResultView({ t, p, lang, result }: { t: Strings; p: PeriodStrings; lang: Lang; result: RollupResult }) {
  const summaryStyles = useSummaryStyles();
  const styles = useStyles();
  const cells = (tasks: RollupResult['total']['tasks'], indicators: RollupResult['total']['indicators'], errors: number) => [
    tasks.total, tasks.done_on_time + tasks.done_late, tasks.overdue, indicators.total, errors,
  ];
  const errors = result.units.reduce((n, u) => n + u.errors, 0);
  // SPEC §10: the period beside the report date, as on the sheets written.
  const period = result.period === undefined ? null : parsePeriod(result.period);
  return (
    <>
      <Text weight="semibold">
        {fill(p.asOf, { date: isoToVn(result.asOf) })}
        {period && ` (${period.label[lang]})`}
      </Text>
      <section className={summaryStyles.section}>
        <Text as="h3" weight="semibold" className={summaryStyles.heading}>
          {p.rollup.units}
        </Text>
        <table className={styles.units} aria-label={p.rollup.units}>
          <thead>
            <tr>
              {[p.rollup.unit, p.rollup.tasks, p.rollup.done, p.rollup.overdue, p.rollup.indicators, p.rollup.errors].map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.units.map((u) => (
              <tr key={`${u.unit}\u0000${u.file}`}>
                <th scope="row">{u.unit}</th>
                {cells(u.tasks, u.indicators, u.errors).map((n, i) => (
                  <td key={i}>{n}</td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row">{p.rollup.total}</th>
              {cells(result.total.tasks, result.total.indicators, errors).map((n, i) => (
                <td key={i}>{n}</td>
              ))}
            </tr>
          </tbody>
        </table>
        <Text size={200}>{p.rollup.legend}</Text>
      </section>
      <SentenceField t={t} label={p.rollup.overall} sentence={result.total.sentence} rows={6} />
    </>
  );
}
