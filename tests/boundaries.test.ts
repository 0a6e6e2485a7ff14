/**
 * The boundaries of docs/architecture.md, as eslint.config.mjs enforces them: each rule is proved
 * by a probe that breaks it (and a neighbour that does not), linted as if it were a file at that path.
 * ESLint runs in a child process: its flat config is an ES module, which jest's module system
 * cannot import.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');

interface Probe {
  file: string;
  code: string;
}

/** The messages of the boundary rules for each probe, in order. */
function lint(probes: Probe[]): string[][] {
  const script = `
    const { ESLint } = require('eslint');
    const probes = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
    (async () => {
      const eslint = new ESLint({ cwd: ${JSON.stringify(ROOT)} });
      const out = [];
      for (const p of probes) {
        const [result] = await eslint.lintText(p.code, { filePath: p.file });
        out.push(result.messages
          .filter((m) => /^no-restricted-(imports|syntax|globals)$/.test(m.ruleId ?? ''))
          .map((m) => m.ruleId + ': ' + m.message));
      }
      process.stdout.write(JSON.stringify(out));
    })().catch((e) => { console.error(e); process.exit(1); });`;
  const output = execFileSync(process.execPath, ['-e', script], { cwd: ROOT, input: JSON.stringify(probes) });
  return JSON.parse(output.toString()) as string[][];
}

const BREAKING: Array<[string, Probe, RegExp]> = [
  ['the engine imports React', { file: 'src/engine/values/probe.ts', code: "import { useState } from 'react';\nexport const x = useState;\n" }, /pure TypeScript/],
  ['the engine imports Fluent UI', { file: 'src/engine/probe.ts', code: "import { Button } from '@fluentui/react-components';\nexport const x = Button;\n" }, /pure TypeScript/],
  ['the engine imports ExcelJS', { file: 'src/engine/sheets/probe.ts', code: "import ExcelJS from 'exceljs';\nexport const x = ExcelJS;\n" }, /pure TypeScript/],
  ['the engine imports node:fs', { file: 'src/engine/probe.ts', code: "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n" }, /pure TypeScript/],
  ['the engine imports path', { file: 'src/engine/text/probe.ts', code: "import { join } from 'path';\nexport const x = join;\n" }, /pure TypeScript/],
  ['the engine imports adapter code', { file: 'src/engine/layout/probe.ts', code: "import { readWorkbookFile } from '../../xlsx';\nexport const x = readWorkbookFile;\n" }, /never imports adapter code/],
  ['the engine imports a type from the pane', { file: 'src/engine/probe.ts', code: "import type { Strings } from '../taskpane/strings';\nexport type X = Strings;\n" }, /never imports adapter code/],
  ['the engine calls Office.js', { file: 'src/engine/probe.ts', code: 'export const x = () => Office.context;\n' }, /only in src\/excel/],
  ['the CLI reaches into an engine file', { file: 'src/cli/probe.ts', code: "import { columnLetter } from '../engine/workbook/address';\nexport const x = columnLetter;\n" }, /through its index/],
  ['a deeper adapter reaches into an engine file', { file: 'src/xlsx/read/probe.ts', code: "import type { CellSnapshot } from '../../engine/workbook/snapshot';\nexport type X = CellSnapshot;\n" }, /through its index/],
  ['the pane calls Office.js', { file: 'src/taskpane/probe.ts', code: 'export const x = () => Office.context.document;\n' }, /only in src\/excel/],
  ['a command calls Excel.run', { file: 'src/commands/probe.ts', code: 'export const x = () => Excel.run(async () => undefined);\n' }, /only in src\/excel/],
  ['an argument spread of an array', { file: 'src/engine/probe.ts', code: 'export function f(a: number[], b: number[]) { a.push(...b); }\n' }, /No spreading into arguments/],
  ['Math.max over an array', { file: 'src/cli/probe.ts', code: 'export const f = (a: number[]) => Math.max(...a);\n' }, /No spreading into arguments/],
  ['a spread into new', { file: 'src/xlsx/probe.ts', code: 'export const f = (a: number[]) => new Array(...a);\n' }, /No spreading into arguments/],
  ['the .xlsx reader imports node:zlib', { file: 'src/xlsx/read/probe.ts', code: "import { inflateSync } from 'node:zlib';\nexport const x = inflateSync;\n" }, /no Node API/],
  ['the .xlsx writer imports fs', { file: 'src/xlsx/write/probe.ts', code: "import { writeFileSync } from 'fs';\nexport const x = writeFileSync;\n" }, /no Node API/],
  ['the .xlsx reader uses Buffer', { file: 'src/xlsx/read/probe.ts', code: "export const x = (b: Uint8Array) => Buffer.from(b).toString('utf8');\n" }, /use Uint8Array/],
  ['the .xlsx writer reaches into an engine file', { file: 'src/xlsx/write/probe.ts', code: "import { columnLetter } from '../../engine/workbook/address';\nexport const x = columnLetter;\n" }, /through its index/],
];

const ALLOWED: Array<[string, Probe]> = [
  ['the engine imports its own files', { file: 'src/engine/layout/probe.ts', code: "import { columnLetter } from '../workbook/address';\nexport const x = columnLetter;\n" }],
  ['an adapter imports the engine index', { file: 'src/excel/probe.ts', code: "import { columnLetter } from '../engine';\nexport const x = columnLetter;\n" }],
  ['src/excel calls Office.js', { file: 'src/excel/probe.ts', code: 'export const x = () => Office.context.document;\n' }],
  ['an adapter uses Node', { file: 'src/cli/probe.ts', code: "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n" }],
  ['the Node shell of the .xlsx reader uses Node', { file: 'src/xlsx/readFile.ts', code: "import { promises } from 'node:fs';\nexport const x = promises;\n" }],
  ['the .xlsx reader uses fflate and the engine index', { file: 'src/xlsx/read/probe.ts', code: "import { Inflate } from 'fflate';\nimport { MAX_ROWS } from '../../engine';\nexport const x = [Inflate, MAX_ROWS];\n" }],
  ['spreading a literal array', { file: 'src/engine/probe.ts', code: 'export const f = (a: number, b: number) => Math.max(...[a, b]);\n' }],
  ['spreading into an array or object literal', { file: 'src/engine/probe.ts', code: 'export const f = (a: number[], o: object) => [...a, { ...o }];\n' }],
  ['tests reach into engine files', { file: 'tests/engine/probe.test.ts', code: "import { columnLetter } from '../../src/engine/workbook/address';\nexport const x = columnLetter;\n" }],
];

describe('eslint.config.mjs enforces the boundaries', () => {
  let results: string[][] = [];
  // Starting ESLint and loading its plugins takes seconds: a generous limit, so a busy machine never fails it.
  beforeAll(() => {
    results = lint([...BREAKING.map(([, probe]) => probe), ...ALLOWED.map(([, probe]) => probe)]);
  }, 120_000);

  it.each(BREAKING.map(([what, , message], i) => [what, message, i] as const))('fails when %s', (_what, message, i) => {
    expect(results[i]).toEqual([expect.stringMatching(message)]);
  });

  it.each(ALLOWED.map(([what], i) => [what, BREAKING.length + i] as const))('allows that %s', (_what, i) => {
    expect(results[i]).toEqual([]);
  });
});
