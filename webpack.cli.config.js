/**
 * Builds the `phuluc` command into build/cli/ (`npm run build:cli`; npm runs it on `npm ci` too):
 * src/cli/main.ts and what it imports as one file, main.js, which bin/phuluc.js loads, plus one
 * file per command loaded on demand (compare, rollup, the check/summarize/template commands).
 *
 * Why a bundle and not tsc's file per module: starting the command is part of every run. Loading
 * some 150 compiled modules and zod's CommonJS build (all its locales) took 0.13–0.15 s of a 1.6 s
 * check on 50,000 rows; one file, with zod's ES modules tree-shaken to what the schemas use, loads
 * in about half that (README "Đọc tệp .xlsx", bench `cli_vs_floor_ratio`).
 */
const path = require('node:path');

const ROOT = __dirname;
const OUT = path.join(ROOT, 'build', 'cli');

module.exports = {
  mode: 'production',
  target: 'node20',
  context: ROOT,
  entry: { main: './src/cli/main.ts' },
  output: {
    path: OUT,
    filename: '[name].js',
    chunkFilename: '[name].js',
    library: { type: 'commonjs2' },
    clean: true,
  },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: 'swc-loader',
          // ES modules, so webpack can drop what nothing imports (most of zod).
          options: { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'es6' } },
        },
      },
    ],
  },
  resolve: {
    extensions: ['.ts', '.js'],
    // zod's ES build: its CommonJS build loads every locale. Not 'node': fflate's Node build loads
    // worker_threads (~3 ms of every start) for asynchronous calls the reader never makes.
    conditionNames: ['import', 'module', 'default'],
  },
  // ExcelJS is only a test's independent producer and reader: if a command ever imported it, it stays
  // a run-time require that tests/cli/checkWithoutExcelJs.test.ts sees, not code hidden in the bundle.
  externals: { exceljs: 'commonjs exceljs' },
  // The real folder: version() reads package.json two levels above build/cli/.
  node: { __dirname: false, __filename: false },
  // Readable output: error lines name real functions; minifying saved no measurable start-up time.
  optimization: { minimize: false, chunkIds: 'named' },
  devtool: false,
  performance: { hints: false },
  stats: 'errors-warnings',
};
