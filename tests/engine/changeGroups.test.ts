import { groupChanges } from '../../src/engine/periods/changeGroups';
import { CHANGE_SEVERITY, type Change, type ChangeCode } from '../../src/engine/periods/changes';

const change = (code: ChangeCode, cell: string): Change => ({
  code, severity: CHANGE_SEVERITY[code], kind: 'task', sheet: 'PL1', cell, name: cell, before: null, after: null,
});

describe('changes grouped and filtered by code (SPEC §11, the pane’s list)', () => {
  const changes = [change('deadline-changed', 'C3'), change('newly-done', 'C4'), change('deadline-changed', 'C5'), change('removed', 'C9')];

  it('groups in the order of the SPEC table, each group in the changes’ order; codes that do not occur are left out', () => {
    expect(groupChanges(changes).map((g) => [g.code, g.changes.map((c) => c.cell)])).toEqual([
      ['newly-done', ['C4']],
      ['deadline-changed', ['C3', 'C5']],
      ['removed', ['C9']],
    ]);
  });

  it('a filter keeps one code; a code that does not occur gives nothing', () => {
    expect(groupChanges(changes, 'deadline-changed').map((g) => g.changes.length)).toEqual([2]);
    expect(groupChanges(changes, 'added')).toEqual([]);
    expect(groupChanges([])).toEqual([]);
  });
});
