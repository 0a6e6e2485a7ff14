import { useEffect, useState } from 'react';
import { Button, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { InputProps } from '@fluentui/react-components';
import { isoToVn, parseDeadlineText, type Lang, type Settings } from '../engine';
import type { Strings } from './strings';


/** A parsed value, or null when the text is not acceptable. */
type Parsed<T> = { value: T } | null;

interface CommitFieldProps<T> {
  label: string;
  hint?: string;
  /** Shown while the text does not parse. */
  invalid?: string;
  /** The stored value as text. */
  text: string;
  parse: (text: string) => Parsed<T>;
  onCommit: (value: T) => void;
  input?: Pick<InputProps, 'type' | 'placeholder' | 'inputMode'>;
}

/** An input saved when the user leaves it or presses Enter, not at every keystroke. */
function CommitField<T>({ label, hint, invalid, text, parse, onCommit, input }: CommitFieldProps<T>) {
  const [draft, setDraft] = useState(text);
  useEffect(() => setDraft(text), [text]);
  const parsed = parse(draft.trim());
  const commit = () => {
    if (parsed && draft !== text) onCommit(parsed.value);
  };
  return (
    <Field
      label={label}
      hint={hint}
      validationState={parsed ? 'none' : 'error'}
      validationMessage={parsed ? undefined : invalid}
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
 * The report date is typed day first (31/12/2025), as Vietnamese documents write it: a native date
 * input would show month first on an English Windows. It must name one day, not a month.
 */
const parseDate = (text: string): Parsed<string> => {
  const date = parseDeadlineText(text);
  return date?.kind === 'date' && !date.from ? { value: date.date } : null;
};

const parseYear = (text: string): Parsed<number | undefined> => {
  if (text === '') return { value: undefined };
  const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
  return year >= 1900 && year <= 2200 ? { value: year } : null;
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

export interface SettingsHeaderProps {
  t: Strings;
  lang: Lang;
  settings: Settings;
  today: string;
  onChange: (patch: Partial<Settings>) => void;
}

/** Report date, evaluation year, sentence subject and language: stored with the workbook. */
export function SettingsHeader({ t, lang, settings, today, onChange }: SettingsHeaderProps) {
  const styles = useStyles();
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
        <CommitField
          label={t.header.asOf}
          invalid={t.header.asOfInvalid}
          text={isoToVn(settings.asOf ?? today)}
          parse={parseDate}
          onCommit={(asOf) => onChange({ asOf })}
          input={{ placeholder: 'dd/mm/yyyy', inputMode: 'numeric' }}
        />
        <CommitField
          label={t.header.year}
          hint={t.header.yearHint}
          invalid={t.header.yearInvalid}
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
