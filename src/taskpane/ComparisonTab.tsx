import { useEffect, useMemo, useRef, useState } from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, Select, Spinner, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Analysis, Change, ChangeCode, Comparison } from '../engine';
import { changeValueText, countChanges, groupChanges, isoToVn, LABELS, readTypedDate } from '../engine';
import type { PeriodStrings } from './periodStrings';
import { useCardListStyles } from './cardListStyles';
import { WORKBOOK_ACCEPT } from './pickedWorkbook';
import { SentenceField } from './SentenceField';
import { fill, type Strings } from './strings';
import { useSummaryStyles } from './summaryStyles';
import { cellKey, type YearResultsNotes } from './yearResultsNotes';

const ALL = 'all';

const useStyles = makeStyles({
  cell: { color: tokens.colorBrandForeground1, fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  name: { fontWeight: tokens.fontWeightSemibold },
  detail: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  hiddenInput: { display: 'none' },
});

export interface ComparisonTabProps {
  t: Strings;
  p: PeriodStrings;
  analysis: Analysis;
  /** Against the record stored in the workbook; null when there is none before the report date. */
  stored: Comparison | null;
  /** False when the last check read the active sheet only: the stored records are not known. */
  recordsKnown: boolean;
  recordsUnreadable: boolean;
  notes: YearResultsNotes;
  file: {
    comparison: Comparison | null;
    reading: string | null;
    error: string | null;
    compare: (file: File, previousAsOf: string | undefined) => void;
    clear: () => void;
  };
  onSelect: (sheet: string, cell: string) => void;
}

/** SPEC §11 in the pane: the sentence, the changes by code (click → cell), and a file to compare with instead. */
export function ComparisonTab({ t, p, analysis, stored, recordsKnown, recordsUnreadable, notes, file, onSelect }: ComparisonTabProps) {
  const styles = useSummaryStyles();
  const shown = file.comparison ?? stored;
  return (
    <div className={styles.root}>
      <Text as="h2" weight="semibold" size={400} className={styles.heading}>
        {p.comparison.heading}
      </Text>
      {recordsUnreadable && <Text>{p.comparison.recordUnreadable}</Text>}
      {!shown && <Text>{recordsKnown ? fill(p.comparison.noRecord, { date: isoToVn(analysis.asOf) }) : p.comparison.needFull}</Text>}
      {shown && <ComparisonView t={t} p={p} analysis={analysis} comparison={shown} fromFile={file.comparison !== null} notes={notes} onSelect={onSelect} />}
      {file.comparison && stored && <Button onClick={file.clear}>{p.comparison.backToRecord}</Button>}
      <FilePicker t={t} p={p} file={file} />
    </div>
  );
}

interface ComparisonViewProps {
  t: Strings;
  p: PeriodStrings;
  analysis: Analysis;
  comparison: Comparison;
  fromFile: boolean;
  notes: YearResultsNotes;
  onSelect: (sheet: string, cell: string) => void;
}

function ComparisonView({ t, p, analysis, comparison, fromFile, notes, onSelect }: ComparisonViewProps) {
  const summaryStyles = useSummaryStyles();
  const cards = useCardListStyles();
  const lang = analysis.lang;
  const [code, setCode] = useState<ChangeCode | typeof ALL>(ALL);
  useEffect(() => setCode(ALL), [comparison]);
  const counts = useMemo(() => countChanges(comparison.changes), [comparison]);
  const groups = useMemo(() => groupChanges(comparison.changes, code), [comparison, code]);
  const present = groupChanges(comparison.changes).map((g) => g.code);
  const date = isoToVn(comparison.previous.asOf);

  return (
    <>
      <Text>{fromFile ? fill(p.comparison.againstFile, { file: comparison.previous.file, date }) : fill(p.comparison.againstRecord, { date })}</Text>
      <SentenceField t={t} label={p.comparison.sentence} sentence={comparison.sentence} rows={7} />
      {comparison.changes.length === 0 ? (
        <Text>{p.comparison.none}</Text>
      ) : (
        <>
          <Field label={p.comparison.filter}>
            <Select value={code} onChange={(_, data) => setCode(data.value as ChangeCode | typeof ALL)}>
              <option value={ALL}>
                {p.comparison.all} ({comparison.changes.length})
              </option>
              {present.map((c) => (
                <option key={c} value={c}>
                  {LABELS[lang].changeCode[c]} ({counts[c]})
                </option>
              ))}
            </Select>
          </Field>
          <Text size={200}>{p.comparison.selectHint}</Text>
          {groups.map((group) => (
            <section key={group.code} className={summaryStyles.section} aria-label={LABELS[lang].changeCode[group.code]}>
              <Text as="h3" weight="semibold" className={summaryStyles.heading}>
                {fill(p.comparison.groupCount, { label: LABELS[lang].changeCode[group.code], n: group.changes.length })}
              </Text>
              <ul className={cards.list}>
                {group.changes.map((change, i) => (
                  <li key={i}>
                    <ChangeItem p={p} change={change} lang={lang} note={notes.byCell.get(cellKey(change.sheet, change.cell))} onSelect={onSelect} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </>
  );
}

interface ChangeItemProps {
  p: PeriodStrings;
  change: Change;
  lang: Analysis['lang'];
  note: string | undefined;
  onSelect: (sheet: string, cell: string) => void;
}

/** A change; a button to its cell, except a removed row, whose cell was in the previous period. */
function ChangeItem({ p, change, lang, note, onSelect }: ChangeItemProps) {
  const styles = useStyles();
  const cards = useCardListStyles();
  const before = changeValueText(change, change.before, lang);
  const after = changeValueText(change, change.after, lang);
  const content = (
    <>
      <span className={styles.cell}>
        {change.sheet}!{change.cell}
        {change.code === 'removed' ? ` · ${p.comparison.removedHint}` : ''}
      </span>
      <span className={styles.name}>{change.name}</span>
      {(before !== '' || after !== '') && (
        <span className={styles.detail}>{fill(p.comparison.beforeAfter, { before: before || '—', after: after || '—' })}</span>
      )}
      {note && <span className={styles.detail}>{note}</span>}
    </>
  );
  if (change.code === 'removed') return <div className={cards.card}>{content}</div>;
  return (
    <button type="button" className={mergeClasses(cards.card, cards.clickable, cards.focus)} onClick={() => onSelect(change.sheet, change.cell)}>
      {content}
    </button>
  );
}

function FilePicker({ t, p, file }: { t: Strings; p: PeriodStrings; file: ComparisonTabProps['file'] }) {
  const summaryStyles = useSummaryStyles();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [dateText, setDateText] = useState('');
  const date = dateText.trim() === '' ? null : readTypedDate(dateText);
  const dateInvalid = date !== null && !date.ok;
  const invalidMessage = date && !date.ok && date.reason === 'impossible' ? t.header.asOfImpossible : t.header.asOfInvalid;
  return (
    <section className={summaryStyles.section}>
      <Text as="h3" weight="semibold" className={summaryStyles.heading}>
        {p.comparison.fileHeading}
      </Text>
      <Text size={200}>{p.comparison.fileIntro}</Text>
      <Field
        label={p.comparison.previousAsOf}
        hint={p.comparison.previousAsOfHint}
        validationState={dateInvalid ? 'error' : 'none'}
        validationMessage={dateInvalid ? invalidMessage : undefined}
      >
        <Input value={dateText} placeholder="14/02/2026" inputMode="numeric" onChange={(_, data) => setDateText(data.value)} />
      </Field>
      <input
        ref={input}
        className={styles.hiddenInput}
        type="file"
        accept={WORKBOOK_ACCEPT}
        aria-label={p.comparison.pickFile}
        onChange={(event) => {
          const picked = event.target.files?.[0];
          event.target.value = '';
          if (picked) file.compare(picked, date?.ok ? date.iso : undefined);
        }}
      />
      <div>
        <Button disabledFocusable={file.reading !== null || dateInvalid} onClick={() => input.current?.click()}>
          {p.comparison.pickFile}
        </Button>
      </div>
      {file.reading && <Spinner size="tiny" label={fill(p.comparison.reading, { file: file.reading })} />}
      {file.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{file.error}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
