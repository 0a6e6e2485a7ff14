import { useEffect, useMemo, useState } from 'react';
import { Button, Field, Input, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { InputProps } from '@fluentui/react-components';
import { isoToVn, parsePeriod, periodPresets, readTypedDate, readTypedYear, type Lang, type PeriodKind, type Settings } from '../engine';
import type { PeriodStrings } from './periodStrings';
import { fill, type Strings } from './strings';


/** A parsed value, or why the text is not acceptable (the message shown under the field). */
type Parsed<T> = { value: T } | { invalid: string };

interface CommitFieldProps<T> {
  label: string;
  hint?: string;
  /** The stored value as text. */
  text: string;
  parse: (text: string) => Parsed<T>;
  onCommit: (value: T) => void;
  /** Told whether the field holds text not yet in effect (unsaved or invalid), so results can say they are stale. */
  onPending?: (pending: boolean) => void;
  input?: Pick<InputProps, 'type' | 'placeholder' | 'inputMode'>;
}

/** An input saved when the user leaves it or presses Enter, not at every keystroke. */
function CommitField<T>({ label, hint, text, parse, onCommit, onPending, input }: CommitFieldProps<T>) {
  const [draft, setDraft] = useState(text);
  useEffect(() => setDraft(text), [text]);
  const parsed = parse(draft.trim());
  const pending = draft.trim() !== text;
  useEffect(() => onPending?.(pending), [pending, onPending]);
  const commit = () => {
    if ('value' in parsed && draft !== text) onCommit(parsed.value);
  };
  return (
    <Field
      label={label}
      hint={hint}
      validationState={'value' in parsed ? 'none' : 'error'}
      validationMessage={'value' in parsed ? undefined : parsed.invalid}
    >
      <Input
        {...input}
        value={draft}
        onChange={(_, data) => setDraft(data.value)}
        onBlur={commit}
        onKeyDown={(event) => event.key === 'Enter' && commit()}
      />
    </Field>
  );
}

/**
 * The report date is typed day first (11/12/2025), as Vietnamese documents write it: a native date
 * input would show month first on an English Windows. The engine reads it as the CLI's --as-of does.
 */
const dateParser =
  (t: Strings) =>
  (text: string): Parsed<string> => {
    const date = readTypedDate(text);
    if (date.ok) return { value: date.iso };
    return { invalid: date.reason === 'impossible' ? t.header.asOfImpossible : t.header.asOfInvalid };
  };

const yearParser =
  (t: Strings) =>
  (text: string): Parsed<number | undefined> => {
    if (text === '') return { value: undefined };
    const year = /^\d{4}$/.test(text) ? readTypedYear(text) : null;
    return year?.ok ? { value: year.year } : { invalid: t.header.yearInvalid };
  };

const parseSubject = (text: string): Parsed<string | undefined> => ({ value: text === '' ? undefined : text });

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  title: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  fields: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(130px, 1fr))',
    alignItems: 'start',
    gap: tokens.spacingHorizontalS,
  },
  wide: { gridColumn: '1 / -1', minWidth: 0 },
});

const FREE_DATE = 'free';
const KINDS: PeriodKind[] = ['month', 'quarter', 'half', 'year'];

/**
 * SPEC §10: the report periods around today, or a date of one's own. A period sets the report date
 * to its last day; a date typed afterwards that is not that day leaves the period (see onDate).
 */
function PeriodField({ p, lang, settings, today, onChange }: Pick<SettingsHeaderProps, 'p' | 'lang' | 'settings' | 'today' | 'onChange'>) {
  const presets = useMemo(() => periodPresets(today, settings.period), [today, settings.period]);
  const chosen = settings.period === undefined ? null : parsePeriod(settings.period);
  return (
    <Field label={p.period.label} hint={chosen ? fill(p.period.range, { from: isoToVn(chosen.from), to: isoToVn(chosen.to) }) : undefined}>
      <Select
        value={settings.period ?? FREE_DATE}
        onChange={(_, data) => {
          const period = parsePeriod(data.value);
          onChange(period ? { period: period.key, asOf: period.to } : { period: undefined });
        }}
      >
        <option value={FREE_DATE}>{p.period.free}</option>
        {KINDS.map((kind) => (
          <optgroup key={kind} label={p.period.kinds[kind]}>
            {presets
              .filter((period) => period.kind === kind)
              .map((period) => (
                <option key={period.key} value={period.key}>
                  {period.label[lang]}
                </option>
              ))}
          </optgroup>
        ))}
      </Select>
    </Field>
  );
}

export interface SettingsHeaderProps {
  t: Strings;
  p: PeriodStrings;
  lang: Lang;
  settings: Settings;
  today: string;
  onChange: (patch: Partial<Settings>) => void;
  /** The report date field holds a date not in effect (being typed, or invalid). */
  onDatePending?: (pending: boolean) => void;
}

/** Report period and date, evaluation year, sentence subject and language: stored with the workbook. */
export function SettingsHeader({ t, p, lang, settings, today, onChange, onDatePending }: SettingsHeaderProps) {
  const styles = useStyles();
  const parseDate = useMemo(() => dateParser(t), [t]);
  const parseYear = useMemo(() => yearParser(t), [t]);
  return (
    <header className={styles.root}>
      <div className={styles.title}>
        <Text as="h1" size={500} weight="semibold">
          {t.appName}
        </Text>
        <Button
          size="small"
          appearance="subtle"
          lang={lang === 'vi' ? 'en' : 'vi'}
          onClick={() => onChange({ lang: lang === 'vi' ? 'en' : 'vi' })}
        >
          {t.switchLanguage}
        </Button>
      </div>
      <div className={styles.fields}>
        <div className={styles.wide}>
          <PeriodField p={p} lang={lang} settings={settings} today={today} onChange={onChange} />
        </div>
        <CommitField
          label={t.header.asOf}
          text={isoToVn(settings.asOf ?? today)}
          parse={parseDate}
          onCommit={(asOf) => onChange(settings.period && parsePeriod(settings.period)?.to !== asOf ? { asOf, period: undefined } : { asOf })}
          onPending={onDatePending}
          input={{ placeholder: '11/12/2025', inputMode: 'numeric' }}
        />
        <CommitField
          label={t.header.year}
          hint={t.header.yearHint}
          text={settings.year === undefined ? '' : String(settings.year)}
          parse={parseYear}
          onCommit={(year) => onChange({ year })}
          input={{ placeholder: t.header.yearPlaceholder, inputMode: 'numeric' }}
        />
        <div className={styles.wide}>
          <CommitField
            label={t.header.subject}
            text={settings.subject ?? ''}
            parse={parseSubject}
            onCommit={(subject) => onChange({ subject })}
            input={{ placeholder: t.header.subjectPlaceholder }}
          />
        </div>
      </div>
    </header>
  );
}
