import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { TableKind } from '../engine';
import { CapabilityNote } from './CapabilityNote';
import type { Strings } from './strings';
import type { Capabilities } from '../excel';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalM },
});

export interface TemplateTabProps {
  t: Strings;
  busy: boolean;
  capabilities: Capabilities;
  onInsert: (kind: TableKind) => void;
}

/** Blank standard appendix sheets; what an older Excel leaves out is said before inserting. */
export function TemplateTab({ t, busy, capabilities, onInsert }: TemplateTabProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Text>{t.template.intro}</Text>
      {!capabilities.dataValidation && <CapabilityNote t={t} feature="dropdowns" />}
      {!capabilities.freezePanes && <CapabilityNote t={t} feature="freeze" />}
      {!capabilities.pageLayout && <CapabilityNote t={t} feature="print" />}
      <Button appearance="primary" disabledFocusable={busy} onClick={() => onInsert('tasks')}>
        {t.template.tasks}
      </Button>
      <Button appearance="primary" disabledFocusable={busy} onClick={() => onInsert('indicators')}>
        {t.template.indicators}
      </Button>
    </div>
  );
}
