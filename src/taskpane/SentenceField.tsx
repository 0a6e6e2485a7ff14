import { useEffect, useState, type ReactNode } from 'react';
import { Button, Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { copyText } from './clipboard';
import type { Strings } from './strings';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

export interface SentenceFieldProps {
  t: Strings;
  label: string;
  sentence: string;
  rows: number;
  /** The copy button's accessible name when several sentences are on screen; it keeps the visible "Sao chép". */
  copyName?: string;
  /** Further buttons on the copy button's row. */
  children?: ReactNode;
}

/** A report sentence, read-only so it cannot drift from the counts, with a button that copies it. */
export function SentenceField({ t, label, sentence, rows, copyName, children }: SentenceFieldProps) {
  const styles = useStyles();
  const [copied, setCopied] = useState<boolean | null>(null);
  useEffect(() => setCopied(null), [sentence]);
  return (
    <>
      <Field
        label={label}
        validationState={copied === null ? 'none' : copied ? 'success' : 'error'}
        validationMessage={copied === null ? undefined : copied ? t.summary.copied : t.summary.copyFailed}
      >
        <Textarea readOnly resize="vertical" rows={rows} value={sentence} />
      </Field>
      <div className={styles.row}>
        <Button aria-label={copyName} onClick={() => void copyText(sentence).then(setCopied)}>
          {t.summary.copy}
        </Button>
        {children}
      </div>
    </>
  );
}
