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
import {
  buildOverride, fieldLabel, formOf, INDICATOR_FIELDS, parseHeaderRows, storedOverride, TASK_FIELDS,
  type SheetKind, type SheetOverride, type SheetStructure, type TableKind,
} from '../engine';
import { fill } from './strings';
import type { Strings } from './strings';

const KINDS: SheetKind[] = ['tasks', 'indicators', 'none'];

/** "tiêu đề ở dòng 3–4", "header on row 2". */
function headerPhrase(t: Strings, rows: readonly number[]): string {
  return fill(rows.length > 1 ? t.structure.headerOnRows : t.structure.headerOnRow, { rows: rows.join('–') });
}
const FIELDS: Record<TableKind, readonly string[]> = { tasks: TASK_FIELDS, indicators: INDICATOR_FIELDS };
const COLUMN = /^[A-Z]{1,3}$/;

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
  /** Which of the sheet's tables (0 = the first). */
  table: number;
  override: SheetOverride | undefined;
  onSave: (sheet: string, table: number, override: SheetOverride | null) => void;
}

function TableEditor({ t, structure, table, override, onSave }: EditorProps) {
  const styles = useStyles();
  const shown = useMemo(() => formOf(structure, table), [structure, table]);
  const [form, setForm] = useState(shown);
  /** The form as last saved: saving again would change nothing. */
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => {
    setForm(shown);
    setSaved(null);
  }, [shown]);

    const rowsValid = form.kind === 'none' || form.headerRows.trim() === '' || parseHeaderRows(form.headerRows) !== null;
  const badColumns = form.kind === 'none' ? [] : FIELDS[form.kind].filter((f) => {
    const typed = form.columns[f]?.trim() ?? '';
    return typed !== '' && !COLUMN.test(typed.toUpperCase());
  });
  const current = JSON.stringify(form);
  const dirty = current !== JSON.stringify(shown) && current !== saved;

  const block = structure.blocks[table];
  const tableKind = form.kind === 'none' ? undefined : form.kind;
  const name = structure.blocks.length > 1 ? `${structure.name} · ${fill(t.structure.table, { n: table + 1 })}` : structure.name;
  return (
    <div role="group" aria-label={name} className={styles.editor}>
      {structure.blocks.length > 1 && (
        <Text weight="semibold">
          {fill(t.structure.table, { n: table + 1 })}
          {block && block.headerRows.length > 0 && `, ${headerPhrase(t, block.headerRows)}`}
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
              {t.labels.sheetKind[k]}
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
                label={fieldLabel(field, t.labels, tableKind)}
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
            onSave(structure.name, table, buildOverride(structure, table, override, shown, form));
            setSaved(current);
          }}
        >
          {t.structure.save}
        </Button>
        <Button disabled={!override} onClick={() => onSave(structure.name, table, null)}>
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
  onSave: (sheet: string, table: number, override: SheetOverride | null) => void;
}

/** Detected kind, header rows and field → column map of every table of every sheet, each correctable. */
export function StructureTab({ t, sheets, overrides, onSave }: StructureTabProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Text>{t.structure.intro}</Text>
      <Accordion multiple collapsible>
        {sheets.map((structure) => {
          const override = overrides.find((o) => o.sheet === structure.name);
          const tables = Math.max(1, structure.blocks.length);
          const rows = structure.blocks[0]?.headerRows ?? [];
          return (
            <AccordionItem key={structure.name} value={structure.name}>
              <AccordionHeader>
                <span className={styles.title}>
                  <span>{structure.name}</span>
                  <Text size={200}>
                    {t.labels.sheetKind[structure.kind]}
                    {rows.length > 0 && `, ${headerPhrase(t, rows)}`}
                  </Text>
                  {override && (
                    <Text size={200} weight="semibold" className={styles.overridden}>
                      {t.structure.overridden}
                    </Text>
                  )}
                </span>
              </AccordionHeader>
              <AccordionPanel>
                {Array.from({ length: tables }, (_, table) => (
                  <TableEditor
                    key={table}
                    t={t}
                    structure={structure}
                    table={table}
                    override={storedOverride(overrides, structure.name, table)}
                    onSave={onSave}
                  />
                ))}
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
    </div>
  );
}
