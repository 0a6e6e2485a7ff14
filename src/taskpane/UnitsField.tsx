import { useEffect, useState } from 'react';
import { Field, Textarea } from '@fluentui/react-components';
import { parseUnitList } from '../engine';
import type { Strings } from './strings';

export interface UnitsFieldProps {
  t: Strings;
  units: string[] | undefined;
  onCommit: (units: string[] | undefined) => void;
}

/**
 * The unit directory (SPEC §6 unknown-unit-name): lead units not in it are reported, with the
 * closest entry as the hint. Saved when the user leaves the field, not at every keystroke.
 */
export function UnitsField({ t, units, onCommit }: UnitsFieldProps) {
  const stored = (units ?? []).join('\n');
  const [draft, setDraft] = useState(stored);
  useEffect(() => setDraft(stored), [stored]);
  return (
    <Field label={t.units.label} hint={t.units.hint}>
      <Textarea
        value={draft}
        rows={4}
        resize="vertical"
        placeholder={t.units.placeholder}
        onChange={(_, data) => setDraft(data.value)}
        onBlur={() => {
          const names = parseUnitList(draft);
          // No names at all means no directory, not an empty one.
          if (names.join('\n') !== stored) onCommit(names.length > 0 ? names : undefined);
        }}
      />
    </Field>
  );
}
