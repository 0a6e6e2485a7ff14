import { useEffect, useState } from 'react';
import { Field, Input } from '@fluentui/react-components';
import { DEFAULT_DUE_SOON_DAYS } from '../engine';
import type { PeriodStrings } from './periodStrings';

const MAX_DAYS = 366;

export interface DueSoonFieldProps {
  p: PeriodStrings;
  days: number | undefined;
  onCommit: (days: number | undefined) => void;
}

/**
 * SPEC §6 due-soon window: "Sắp đến hạn trong N ngày" counts tasks due within N days after the
 * report date. Saved when the user leaves the field; empty goes back to the default.
 */
export function DueSoonField({ p, days, onCommit }: DueSoonFieldProps) {
  const stored = days === undefined ? '' : String(days);
  const [draft, setDraft] = useState(stored);
  useEffect(() => setDraft(stored), [stored]);
  const text = draft.trim();
  const valid = text === '' || (/^\d{1,3}$/.test(text) && Number(text) <= MAX_DAYS);
  return (
    <Field
      label={p.dueSoonDays.label}
      hint={p.dueSoonDays.hint}
      validationState={valid ? 'none' : 'error'}
      validationMessage={valid ? undefined : p.dueSoonDays.invalid}
    >
      <Input
        value={draft}
        inputMode="numeric"
        placeholder={String(DEFAULT_DUE_SOON_DAYS)}
        onChange={(_, data) => setDraft(data.value)}
        onBlur={() => {
          if (valid && text !== stored) onCommit(text === '' ? undefined : Number(text));
        }}
      />
    </Field>
  );
}
