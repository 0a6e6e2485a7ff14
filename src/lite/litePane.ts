import { analyze, isoToVn, LABELS, optionsFromSettings, planIssueSheet, planSummarySheet } from '../engine';
import type { Analysis, Finding, Settings, WritePlan } from '../engine';
import { applyWritePlan, describeExcelError, readStoredSettings, readWorkbookSnapshot, selectCell } from '../excel';
import { copyWithTextarea } from '../taskpane/clipboard';
import { fillLite, LITE } from './liteStrings';

/** Findings listed in the pane; the Kiểm tra sheet holds them all. */
export const LISTED_FINDINGS = 200;

/** Plain DOM, no framework: Internet Explorer 11 runs this, not React 18. */
function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.appendChild(document.createTextNode(text));
  if (className) node.className = className;
  return node;
}

function clear(node: HTMLElement): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/**
 * The light pane: runs the check with the settings stored in the workbook, lists the findings
 * (each a button that selects its cell), writes the Kiểm tra and Tổng hợp sheets and copies the
 * report sentence; says what the full pane adds on newer Excel.
 */
export function mountLitePane(root: HTMLElement): void {
  let settings: Settings = {};
  let analysis: Analysis | null = null;
  let busy = false;

  clear(root);
  root.className = 'lite';
  root.appendChild(element('h1', LITE.title));
  root.appendChild(element('p', LITE.why, 'note'));
  const asOf = element('p', '', 'as-of');
  root.appendChild(asOf);
  const actions = element('div', undefined, 'actions');
  const checkButton = element('button', LITE.check, 'primary');
  const issuesButton = element('button', LITE.writeIssues);
  const summaryButton = element('button', LITE.writeSummary);
  actions.appendChild(checkButton);
  actions.appendChild(issuesButton);
  actions.appendChild(summaryButton);
  root.appendChild(actions);
  const status = element('p', '', 'status');
  status.setAttribute('role', 'status');
  root.appendChild(status);
  const results = element('div', undefined, 'results');
  root.appendChild(results);
  root.appendChild(element('p', LITE.fullPaneAdds, 'note'));

  const say = (text: string, failed = false) => {
    clear(status);
    status.appendChild(document.createTextNode(text));
    status.className = failed ? 'status failed' : 'status';
  };
  const refreshButtons = () => {
    checkButton.disabled = busy;
    issuesButton.disabled = busy || analysis === null;
    summaryButton.disabled = busy || analysis === null;
  };
  const run = (action: () => Promise<void>) => {
    if (busy) return;
    busy = true;
    refreshButtons();
    action()
      .catch((error: unknown) => say(describeExcelError(error, 'vi'), true))
      .then(() => {
        busy = false;
        refreshButtons();
      });
  };
  const write = (makePlan: (done: Analysis) => WritePlan) =>
    run(async () => {
      if (!analysis) return;
      const plan = await applyWritePlan(makePlan(analysis));
      say(fillLite(LITE.written, { sheets: plan.sheets.map((sheet) => sheet.name).join(', ') }));
    });

  checkButton.onclick = () =>
    run(async () => {
      say(LITE.checking);
      const snapshot = await readWorkbookSnapshot();
      analysis = analyze(snapshot, optionsFromSettings(settings));
      showResults(results, analysis, say);
      say(fillLite(LITE.checked, { n: analysis.findings.length }));
    });
  issuesButton.onclick = () => write((done) => ({ sheets: [planIssueSheet(done)] }));
  summaryButton.onclick = () => write((done) => ({ sheets: [planSummarySheet(done)] }));
  refreshButtons();

  run(async () => {
    const stored = await readStoredSettings();
    settings = stored.settings;
    clear(asOf);
    asOf.appendChild(document.createTextNode(fillLite(LITE.asOf, { date: isoToVn(optionsFromSettings(settings).asOf) })));
    if (stored.unreadable) say(LITE.settingsUnreadable, true);
  });
}

function showResults(results: HTMLElement, analysis: Analysis, say: (text: string, failed?: boolean) => void): void {
  clear(results);
  results.appendChild(element('h2', LITE.sentence));
  const sentence = element('textarea');
  sentence.readOnly = true;
  sentence.rows = 6;
  sentence.value = analysis.summary.sentence;
  results.appendChild(sentence);
  const copy = element('button', LITE.copy);
  copy.onclick = () => say(copyWithTextarea(analysis.summary.sentence) ? LITE.copied : LITE.copyFailed, false);
  results.appendChild(copy);

  results.appendChild(element('h2', `${LITE.findings} (${analysis.findings.length})`));
  if (analysis.findings.length === 0) results.appendChild(element('p', LITE.noFindings));
  const list = element('ul', undefined, 'findings');
  for (const finding of analysis.findings.slice(0, LISTED_FINDINGS)) list.appendChild(findingItem(finding, say));
  results.appendChild(list);
  const rest = analysis.findings.length - LISTED_FINDINGS;
  if (rest > 0) results.appendChild(element('p', fillLite(LITE.more, { n: rest })));
}

/** One finding: where, how serious, what; the button selects its cell. */
function findingItem(finding: Finding, say: (text: string, failed?: boolean) => void): HTMLElement {
  const item = element('li', undefined, `finding ${finding.severity}`);
  const jump = element('button', `${finding.sheet}!${finding.cell}`, 'jump');
  jump.title = `${finding.sheet}!${finding.cell}`;
  jump.onclick = () => {
    selectCell(finding.sheet, finding.cell).catch((error: unknown) => say(describeExcelError(error, 'vi'), true));
  };
  item.appendChild(jump);
  item.appendChild(element('span', ` ${LABELS.vi.severity[finding.severity]}: ${finding.message}`));
  if (finding.hint) item.appendChild(element('div', finding.hint, 'hint'));
  return item;
}
