// ESLint flat config: typescript-eslint's recommended rules everywhere, and the Office add-in
// rules (eslint-plugin-office-addins: load before read, sync after load, no sync in loops, …)
// on the code that talks to Excel. Formatting is not linted.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';
import { builtinModules } from 'node:module';

/** Globals of the Node scripts (CommonJS); listed here rather than taken from a transitive package. */
const nodeGlobals = Object.fromEntries(
  [
    'require', 'module', 'exports', '__dirname', '__filename', 'process', 'console', 'Buffer',
    'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'URL',
    'TextDecoder', 'TextEncoder', 'globalThis',
  ].map((name) => [name, 'readonly']),
);

/** The folders that talk to the outside world; the engine knows none of them. */
const ADAPTERS = ['xlsx', 'excel', 'cli', 'taskpane', 'commands', 'lite'];

/** The engine is pure: no UI, no workbook library, no host, no Node, no adapter (docs/architecture.md). */
const engineImports = {
  paths: ['react', 'react-dom', 'exceljs', 'office-js', '@microsoft/office-js', ...builtinModules].map((name) => ({
    name,
    message: 'src/engine is pure TypeScript: no React, ExcelJS, Office.js or Node here; adapters bring data in.',
  })),
  patterns: [
    {
      group: ['react-dom/*', '@fluentui/*', 'exceljs/*', 'node:*', ...builtinModules.map((name) => `${name}/*`)],
      message: 'src/engine is pure TypeScript: no React, Fluent UI, ExcelJS or Node here.',
    },
    {
      regex: String.raw`^(?:\.\./)+(?:${ADAPTERS.join('|')})(?:/|$)`,
      message: 'src/engine never imports adapter code: adapters call the engine, not the other way round.',
    },
  ],
};

/** Adapters see the engine only through its public face, src/engine/index.ts. */
const adapterImports = {
  patterns: [
    {
      regex: String.raw`^(?:\.\./)+engine/`,
      message: 'Import the engine through its index (../engine): export what you need from src/engine/index.ts.',
    },
  ],
};

/**
 * The .xlsx reader's and writer's cores take and give bytes with no Node API, so the task pane runs
 * them on a file the user picks (issue 6); src/xlsx/readFile.ts and write.ts are their Node shells.
 */
const PACKAGE_CORES = ['src/xlsx/read/**/*.ts', 'src/xlsx/write/**/*.ts'];
const packageCoreImports = {
  paths: builtinModules.map((name) => ({
    name,
    message: 'src/xlsx/read and src/xlsx/write run in the task pane too: bytes in, bytes out, no Node API.',
  })),
  patterns: [
    ...adapterImports.patterns,
    {
      group: ['node:*', ...builtinModules.map((name) => `${name}/*`)],
      message: 'src/xlsx/read and src/xlsx/write run in the task pane too: bytes in, bytes out, no Node API.',
    },
  ],
};
const nodeOnlyGlobals = ['Buffer', 'process', 'require', '__dirname', '__filename'].map((name) => ({
  name,
  message: 'src/xlsx/read and src/xlsx/write run in the task pane too: use Uint8Array, TextEncoder, TextDecoder.',
}));

/**
 * Spreading an array into a call's arguments (`rows.push(...more)`, `Math.max(...values)`) puts every
 * element on the stack: an input-sized array (300,000 rows) overflows it. Loop or reduce instead;
 * an array literal written in the code (`f(...[a, b])`) is bounded and allowed.
 */
const noArgumentSpread = {
  selector: 'CallExpression > SpreadElement.arguments:not([argument.type="ArrayExpression"]), '
    + 'NewExpression > SpreadElement.arguments:not([argument.type="ArrayExpression"])',
  message: 'No spreading into arguments: an input-sized array overflows the stack. Use a loop or reduce.',
};

/** Office.js and the Excel namespace are called only in src/excel (the one door to the host). */
const officeGlobals = ['Office', 'Excel', 'OfficeExtension'].map((name) => ({
  name,
  message: 'Office.js is called only in src/excel: add a function there and call it.',
}));

export default tseslint.config(
  { ignores: ['dist/', 'build/', 'coverage/', 'out/', 'node_modules/', 'tests/e2e/screenshots/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', noArgumentSpread] },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', engineImports],
      'no-restricted-globals': ['error', ...officeGlobals],
    },
  },
  {
    files: ADAPTERS.map((folder) => `src/${folder}/**/*.{ts,tsx}`),
    rules: { 'no-restricted-imports': ['error', adapterImports] },
  },
  {
    files: PACKAGE_CORES,
    rules: {
      'no-restricted-imports': ['error', packageCoreImports],
      'no-restricted-globals': ['error', ...nodeOnlyGlobals],
    },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}', 'src/commands/**/*.ts'],
    // Entry points start when the host is ready (Office.onReady, Office.actions.associate): that is
    // the host starting the page, not a call on the workbook. notice.ts opens the ribbon commands'
    // dialog (Office.context.ui), which only a ribbon command can do; it stays beside them.
    ignores: ['src/taskpane/index.tsx', 'src/commands/commands.ts', 'src/commands/noticePage.ts', 'src/commands/notice.ts'],
    rules: { 'no-restricted-globals': ['error', ...officeGlobals] },
  },
  {
    files: ['src/excel/**/*.ts', 'src/commands/**/*.ts', 'src/taskpane/**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'warn',
      'office-addins/no-empty-load': 'warn',
      'office-addins/no-navigational-load': 'warn',
      'office-addins/no-office-initialize': 'warn',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    // jest.mock factories load their mocks with require(): that is how jest hoisting works.
    files: ['tests/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.{js,cjs}'],
    languageOptions: { sourceType: 'commonjs', globals: nodeGlobals },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
