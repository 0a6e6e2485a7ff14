import { useEffect, useMemo, useState } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  Input,
  Select,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { SheetKind, SheetOverride, SheetStructure, TableKind } from '../engine';
import { columnLetter, INDICATOR_FIELDS, TASK_FIELDS } from '../engine';
import { fill } from './strings';
import type { Strings } from './strings';

const KINDS: SheetKind[] = ['tasks', 'indicators', 'none'];
const FIELDS: Record<TableKind, readonly string[]> = { tasks: TASK_FIELDS, indicators: INDICATOR_FIELDS };
const COLUMN = /^[A-Z]{1,3}$/;

/** What the editor shows: text as typed, so a half-typed value is never lost. */
export interface StructureForm {
  kind: SheetKind;
  headerRows: string;
  columns: Record<string, string>;
}

export function formOf(structure: SheetStructure): StructureForm {
  const block = structure.blocks[0];
  const columns: Record<string, string> = {};
  for (const [field, col] of Object.entries(block?.columns ?? {})) columns[field] = columnLetter(col);
  return { kind: structure.kind, headerRows: (block?.headerRows ?? []).join(', '), columns };
}

/** "3", "3-4", "3, 4" → [3, 4]; null when not one or two ascending row numbers. */
export function parseHeaderRows(text: string): number[] | null {
  const parts = text.split(/[\s,;–-]+/).filter((p) => p !== '');
  if (parts.length < 1 || parts.length > 2 || !parts.every((p) => /^\d+$/.test(p))) return null;
  const rows = parts.map(Number);
  return rows[0] >= 1 && (rows.length === 1 || rows[1] > rows[0]) ? rows : null;
}

/**
 * The stored override after an edit: the previous override plus what the user changed from the
 * shown structure. Untouched fields stay automatic; a cleared column goes back to automatic.
 */
export function buildOverride(
  sheet: string,
  previous: SheetOverride | undefined,
  shown: StructureForm,
  form: StructureForm,
): SheetOverride | null {
  const next: SheetOverride = { ...previous, sheet };
  if (form.kind !== shown.kind) next.kind = form.kind;
  if (form.kind === 'none') {
    delete next.headerRows;
    delete next.columns;
  } else {
    if (form.headerRows !== shown.headerRows) {
      const rows = parseHeaderRows(form.headerRows);
      if (rows) next.headerRows = rows;
      else delete next.headerRows;
    }
    const kindChanged = form.kind !== shown.kind;
    const columns: Record<string, string> = {};
    for (const field of FIELDS[form.kind]) {
      const typed = form.columns[field]?.trim().toUpperCase() ?? '';
      const before = kindChanged ? '' : (shown.columns[field] ?? '');
      if (typed !== before) {
        if (typed !== '') columns[field] = typed;
      } else if (!kindChanged && previous?.columns?.[field]) {
        columns[field] = previous.columns[field];
      }
    }
    if (Object.keys(columns).length > 0) next.columns = columns;
    else delete next.columns;
  }
  return Object.keys(next).length > 1 ? next : null;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  title: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', overflowWrap: 'anywhere', textAlign: 'left' },
  editor: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  columns: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(110px, 1fr))', gap: tokens.spacingHorizontalS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  overridden: { color: tokens.colorBrandForeground1 },
});

interface EditorProps {
  t: Strings;
  structure: SheetStructure;
  override: SheetOverride | undefined;
  onSave: (sheet: string, override: SheetOverride | null) => void;
}

function SheetEditor({ t, structure, override, onSave }: EditorProps) {
  const styles = useStyles();
  const shown = useMemo(() => formOf(structure), [structure]);
  const [form, setForm] = useState(shown);
  /** The form as last saved: saving again would change nothing. */
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => {
    setForm(shown);
    setSaved(null);
  }, [shown]);

  const fieldLabels: Record<string, string> = form.kind === 'indicators' ? t.indicatorFields : t.taskFields;
  const rowsValid = form.kind === 'none' || form.headerRows.trim() === '' || parseHeaderRows(form.headerRows) !== null;
  const badColumns = form.kind === 'none' ? [] : FIELDS[form.kind].filter((f) => {
    const typed = form.columns[f]?.trim() ?? '';
    return typed !== '' && !COLUMN.test(typed.toUpperCase());
  });
  const current = JSON.stringify(form);
  const dirty = current !== JSON.stringify(shown) && current !== saved;

  return (
    <div role="group" aria-label={structure.name} className={styles.editor}>
      {structure.blocks.length > 1 && (
        <Text size={200}>
          {fill(t.structure.blocks, {
            n: structure.blocks.length,
            rows: structure.blocks.map((b) => b.headerRows.join('–')).join('; '),
          })}
        </Text>
      )}
      <Field label={t.structure.kind}>
        <Select
          value={form.kind}
          onChange={(_, data) => {
            const kind = data.value as SheetKind;
            // Another kind has other fields: the detected letters would only mislead.
            setForm({ ...form, kind, columns: kind === shown.kind ? shown.columns : {} });
          }}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t.kinds[k]}
            </option>
          ))}
        </Select>
      </Field>
      {form.kind !== 'none' && (
        <>
          <Field
            label={t.structure.headerRows}
            hint={t.structure.headerRowsHint}
            validationState={rowsValid ? 'none' : 'error'}
            validationMessage={rowsValid ? undefined : t.structure.headerRowsInvalid}
          >
            <Input value={form.headerRows} onChange={(_, data) => setForm({ ...form, headerRows: data.value })} />
          </Field>
          <Text weight="semibold">{t.structure.columns}</Text>
          <div className={styles.columns}>
            {FIELDS[form.kind].map((field) => (
              <Field
                key={field}
                label={fieldLabels[field]}
                validationState={badColumns.includes(field) ? 'error' : 'none'}
                validationMessage={badColumns.includes(field) ? t.structure.columnInvalid : undefined}
              >
                <Input
                  value={form.columns[field] ?? ''}
                  placeholder={t.structure.columnPlaceholder}
                  maxLength={3}
                  onChange={(_, data) => setForm({ ...form, columns: { ...form.columns, [field]: data.value } })}
                />
              </Field>
            ))}
          </div>
        </>
      )}
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={!dirty || !rowsValid || badColumns.length > 0}
          onClick={() => {
            onSave(structure.name, buildOverride(structure.name, override, shown, form));
            setSaved(current);
          }}
        >
          {t.structure.save}
        </Button>
        <Button disabled={!override} onClick={() => onSave(structure.name, null)}>
          {t.structure.reset}
        </Button>
      </div>
    </div>
  );
}

export interface StructureTabProps {
  t: Strings;
  sheets: SheetStructure[];
  overrides: SheetOverride[];
  onSave: (sheet: string, override: SheetOverride | null) => void;
}

/** Detected kind, header rows and field → column map of every sheet, each correctable. */
export function StructureTab({ t, sheets, overrides, onSave }: StructureTabProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Text>{t.structure.intro}</Text>
      <Accordion multiple collapsible>
        {sheets.map((structure) => {
          const override = overrides.find((o) => o.sheet === structure.name);
          const rows = structure.blocks[0]?.headerRows ?? [];
          return (
            <AccordionItem key={structure.name} value={structure.name}>
              <AccordionHeader>
                <span className={styles.title}>
                  <span>{structure.name}</span>
                  <Text size={200}>
                    {t.kinds[structure.kind]}
                    {rows.length > 0 && ` · ${t.structure.headerRows} ${rows.join('–')}`}
                  </Text>
                  {override && (
                    <Text size={200} weight="semibold" className={styles.overridden}>
                      {t.structure.overridden}
                    </Text>
                  )}
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <SheetEditor t={t} structure={structure} override={override} onSave={onSave} />
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
    </div>
  );
}
