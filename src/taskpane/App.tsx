import { useEffect, useMemo, useState } from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CheckTab } from './CheckTab';
import { DueSoonField } from './DueSoonField';
import { ComparisonTab } from './ComparisonTab';
import { PERIOD_STRINGS } from './periodStrings';
import { RollupTab } from './RollupTab';
import { SettingsHeader } from './SettingsHeader';
import { StructureTab } from './StructureTab';
import { SummaryTab } from './SummaryTab';
import { TemplateTab } from './TemplateTab';
import { UnitsField } from './UnitsField';
import { fill, STRINGS } from './strings';
import { isoToVn, todayIso } from '../engine';
import { useChecker } from './useChecker';
import { useFileComparison } from './useFileComparison';
import { useRollup } from './useRollup';
import { yearResultsNotes } from './yearResultsNotes';

const TABS = ['check', 'summary', 'comparison', 'rollup', 'structure', 'template'] as const;
type TabName = (typeof TABS)[number];

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: '100%',
    boxSizing: 'border-box',
    overflowWrap: 'anywhere',
    // Fluent inputs are as wide as their content (an <input> is about 20 characters): let every
    // field shrink to the pane instead of pushing it sideways at the default 320px.
    '& .fui-Field, & .fui-Field > *, & .fui-Input, & .fui-Select': { minWidth: 0 },
  },
  // Six tabs at 320px: two even rows of three rather than a ragged wrap.
  tabs: { display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', '& .fui-Tab': { justifyContent: 'center', minWidth: 0, paddingLeft: tokens.spacingHorizontalXXS, paddingRight: tokens.spacingHorizontalXXS } },
  loading: { padding: tokens.spacingVerticalXXL },
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

export function App() {
  const checker = useChecker();
  const { analysis, busy, lang } = checker;
  const t = STRINGS[lang];
  const p = PERIOD_STRINGS[lang];
  const styles = useStyles();
  const [tab, setTab] = useState<TabName>('check');
  const fileComparison = useFileComparison(analysis, checker.settings, lang);
  const rollup = useRollup(checker.settings, lang);
  const notes = useMemo(() => yearResultsNotes(analysis, p), [analysis, p]);
  const tabLabel = (name: TabName) => (name === 'comparison' || name === 'rollup' ? p.tabs[name] : t.tabs[name]);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  if (!checker.ready) return <Spinner className={styles.loading} label={t.loading} />;

  const dismiss = (onClick: () => void) => (
    <MessageBarActions
      containerAction={
        <Button size="small" appearance="transparent" onClick={onClick}>
          {t.dismiss}
        </Button>
      }
    />
  );

  return (
    <div className={styles.root}>
      <SettingsHeader
        t={t}
        p={p}
        lang={lang}
        settings={checker.settings}
        today={todayIso()}
        onChange={checker.updateSettings}
        onDatePending={checker.markDatePending}
      />
      <TabList
        className={styles.tabs}
        size="small"
        aria-label={t.tabs.label}
        selectedValue={tab}
        onTabSelect={(_, data) => {
          // A success notice is about the tab it was earned on: it does not follow the user.
          checker.dismissNotice();
          setTab(data.value as TabName);
        }}
      >
        {TABS.map((name) => (
          <Tab key={name} id={`tab-${name}`} value={name}>
            {tabLabel(name)}
          </Tab>
        ))}
      </TabList>
      {checker.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{checker.error}</MessageBarBody>
          {dismiss(checker.dismissError)}
        </MessageBar>
      )}
      {checker.warning && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{checker.warning}</MessageBarBody>
          {dismiss(checker.dismissWarning)}
        </MessageBar>
      )}
      {checker.notice && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{checker.notice}</MessageBarBody>
          {dismiss(checker.dismissNotice)}
        </MessageBar>
      )}
      {checker.staleAsOf && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{fill(t.staleDate, { date: isoToVn(checker.staleAsOf) })}</MessageBarBody>
        </MessageBar>
      )}
      {checker.stale && !checker.staleAsOf && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t.stale}</MessageBarBody>
        </MessageBar>
      )}
      <div role="tabpanel" aria-labelledby={`tab-${tab}`}>
        {tab === 'check' && (
          <CheckTab
            t={t}
            analysis={analysis}
            busy={busy}
            progress={checker.progress}
            canHighlight={checker.capabilities.conditionalFormats}
            readsMerges={checker.capabilities.mergedAreas}
            onCheck={checker.check}
            onSelect={checker.selectFinding}
            onHighlight={checker.highlight}
            onClearHighlight={checker.clearHighlight}
            onWriteIssues={checker.writeIssueSheet}
            notes={notes.byRow}
          />
        )}
        {tab === 'summary' &&
          (analysis ? (
            <SummaryTab
              t={t}
              p={p}
              analysis={analysis}
              busy={busy}
              printSetup={checker.capabilities.pageLayout}
              onInsert={checker.insertSummary}
            />
          ) : (
            <Text>{t.needAnalysis}</Text>
          ))}
        {tab === 'comparison' &&
          (analysis ? (
            <ComparisonTab
              t={t}
              p={p}
              analysis={analysis}
              stored={checker.comparison}
              recordsKnown={checker.records !== null}
              recordsUnreadable={checker.records?.unreadable === true}
              notes={notes}
              file={fileComparison}
              onSelect={checker.selectCell}
            />
          ) : (
            <Text>{t.needAnalysis}</Text>
          ))}
        {tab === 'rollup' && (
          <RollupTab
            t={t}
            p={p}
            lang={lang}
            busy={busy}
            files={rollup.files}
            running={rollup.running}
            result={rollup.result}
            noneRead={rollup.noneRead}
            onFiles={(files) => void rollup.start(files)}
            onWrite={() => void checker.writePlan(rollup.plan)}
            onReset={rollup.reset}
          />
        )}
        {tab === 'structure' && (
          <div className={styles.stack}>
            {analysis ? (
              <StructureTab
                t={t}
                sheets={analysis.sheets.map((s) => s.structure)}
                overrides={checker.settings.overrides ?? []}
                onSave={checker.saveOverride}
              />
            ) : (
              <Text>{t.needAnalysis}</Text>
            )}
            <UnitsField t={t} units={checker.settings.units} onCommit={(units) => checker.updateSettings({ units })} />
            <DueSoonField p={p} days={checker.settings.dueSoonDays} onCommit={(dueSoonDays) => checker.updateSettings({ dueSoonDays })} />
          </div>
        )}
        {tab === 'template' && (
          <TemplateTab t={t} busy={busy} capabilities={checker.capabilities} onInsert={checker.insertTemplate} />
        )}
      </div>
    </div>
  );
}
