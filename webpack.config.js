/**
 * Builds the add-in into dist/: the task pane (taskpane.html + its chunks), the ribbon commands
 * (commands.html), the dialog in which a failed ribbon command explains itself (notice.html),
 * assets/ and manifest.xml.
 *
 *   npm run build                                   production build, manifest for DEFAULT_PROD_URL
 *   npm run build -- --env url=https://host/path/   manifest for another server
 *   npm run build -- --env officejs=local           Office.js served from dist/office-js/ (no CDN)
 *   npm run build:dev -- --env officejs=fake        no Office.js at all: the fake Excel host
 *                                                   (tests/e2e/fakeHostPage.ts) with the sample
 *                                                   workbook, into build/preview/ (--env out=DIR
 *                                                   for another folder); used by `npm run preview`
 *                                                   and the browser tests
 *   npm run build:dev                               development build, manifest keeps localhost
 *   npm run dev-server                              https://localhost:3000 with office-addin-dev-certs
 *
 * Only browser code goes into the bundles: the engine, the Office.js layer and the pane (with the
 * .xlsx reader core, src/xlsx/read, for workbooks the user picks). ExcelJS, the rest of src/xlsx and
 * src/cli are Node-only; a build that pulls them in fails (NodeOnlyGuardPlugin), and
 * the task pane's JavaScript must stay under PANE_BUDGET_BYTES gzip (BundleBudgetPlugin).
 *
 * Two compilations, because Excel shows add-ins in very different browsers (docs/testing-in-excel.md):
 * - modern: ES2017 syntax with the built-ins Edge Legacy (EdgeHTML 18, Excel 2019 retail) lacks
 *   polyfilled by usage (core-js through swc's env); loaded with <script type="module">, which
 *   Internet Explorer 11 skips;
 * - legacy: ES5 with every polyfill IE11 needs by usage, plus String.prototype.normalize (unorm:
 *   core-js has none); the ribbon commands, the dialog and a light pane without React (src/lite/),
 *   loaded with <script nomodule>, which every browser that runs modules skips.
 * The legacy compilation runs first and hands its file names to the modern one, whose pages carry
 * both (LegacyScriptsPlugin): two compilations rather than one with two loaders per file, because
 * webpack's runtime and chunk graph are per target.
 */
const path = require('node:path');
const zlib = require('node:zlib');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

/** The URL the checked-in manifest.xml uses: the dev server. */
const DEV_URL = 'https://localhost:3000/';
const DEV_PORT = 3000;
/** Where `npm run build` points the copied manifest unless `--env url=…` says otherwise. */
const DEFAULT_PROD_URL = 'https://phuluc.example.gov.vn/';
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** Relative to the HTML pages, which sit at the root of dist/. */
const OFFICE_JS_LOCAL = 'office-js/office.js';
/** With `--env officejs=fake`: the fake host's bundle, loaded where Office.js would be. */
const FAKE_HOST_ENTRY = 'fakehost';
const FAKE_HOST_JS = `${FAKE_HOST_ENTRY}.js`;
/** Where a fake-host build goes unless `--env out=…` says otherwise (git-ignored). */
const FAKE_HOST_OUT = 'build/preview';
/** "The task-pane JavaScript (all chunks, gzip) stays under 350 KB." */
const PANE_BUDGET_BYTES = 350 * 1024;

/**
 * Browsers the manifest can meet that run the modern bundles: Edge Legacy (Excel 2019 retail on
 * Windows), Safari 12 (Excel 2016/2019 for Mac on macOS 10.13+), Chromium-based Edge (WebView2).
 */
const MODERN_TARGETS = ['edge 18', 'safari 12', 'chrome 80'];
/** Excel 2016/2019 volume-licensed and older Windows 10 builds: Internet Explorer 11 (Trident). */
const LEGACY_TARGETS = ['ie 11'];
/** core-js as installed: swc picks polyfill modules that exist in this version. */
const CORE_JS_VERSION = require('core-js/package.json').version.split('.').slice(0, 2).join('.');
/** The legacy compilation's name, and the folder its files go in. */
const LEGACY = 'legacy';
/** What the legacy bundles load before anything else: polyfills usage analysis cannot see. */
const LEGACY_PRELUDE = './src/lite/polyfills.ts';

/** Modules that must never reach a browser bundle. */
const NODE_ONLY = [
  /[\\/]node_modules[\\/]exceljs[\\/]/,
  // src/xlsx except its reader core and its errors, which need no Node API: the pane reads picked files with them.
  /[\\/]src[\\/]xlsx[\\/](?!read[\\/]|errors\.ts$|sniff\.ts$)/,
  /[\\/]src[\\/]cli[\\/]/,
];

/** Node built-ins some packages reach for: in the browser they are simply absent. */
const NODE_BUILTINS = [
  'assert', 'buffer', 'child_process', 'crypto', 'events', 'fs', 'http', 'https', 'net', 'os',
  'path', 'process', 'stream', 'string_decoder', 'timers', 'tls', 'url', 'util', 'vm', 'zlib',
];

/**
 * swc settings for one compilation: syntax and core-js polyfills chosen by usage for `targets`.
 * core-js itself and webpack's own runtime helpers are left as they are (they are ES5 already, and
 * polyfilling core-js with core-js would make it import itself).
 */
function swcRules(targets, production) {
  const env = { targets, mode: 'usage', coreJs: CORE_JS_VERSION };
  return [
    {
      test: /\.tsx?$/,
      exclude: /node_modules/,
      use: {
        loader: 'swc-loader',
        options: {
          env,
          jsc: {
            parser: { syntax: 'typescript', tsx: true },
            transform: { react: { runtime: 'automatic', development: !production } },
            externalHelpers: true,
          },
        },
      },
    },
    {
      // Packages ship ES2020+ (?., ??, class fields) and call built-ins old webviews lack.
      test: /\.m?js$/,
      include: /[\\/]node_modules[\\/]/,
      // React (modern bundles only) is ES5 and calls nothing Edge 18 lacks: left alone, as before.
      exclude: /[\\/]node_modules[\\/](core-js|unorm|webpack|react|react-dom|scheduler)[\\/]/,
      use: { loader: 'swc-loader', options: { isModule: 'unknown', env, jsc: { parser: { syntax: 'ecmascript' } } } },
    },
  ];
}

/**
 * In the modern compilation: gives every page, after its module scripts, the `nomodule` scripts the
 * legacy compilation built for the same entry (read from `legacyFiles`, filled when that
 * compilation finishes; the modern one depends on it, so it always has).
 */
class LegacyScriptsPlugin {
  constructor(legacyFiles) {
    this.legacyFiles = legacyFiles;
  }

  apply(compiler) {
    compiler.hooks.compilation.tap('LegacyScriptsPlugin', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('LegacyScriptsPlugin', (data) => {
        const entries = data.plugin.userOptions.chunks ?? [];
        const publicPath = data.publicPath ?? '';
        for (const entry of entries) {
          for (const file of this.legacyFiles.get(entry) ?? []) {
            data.bodyTags.push(
              HtmlWebpackPlugin.createHtmlTagObject('script', { nomodule: true, src: `${publicPath}${LEGACY}/${file}` }),
            );
          }
        }
        return data;
      });
    });
  }
}

/** In the legacy compilation: records each entry's JavaScript files for LegacyScriptsPlugin. */
class RecordLegacyFilesPlugin {
  constructor(legacyFiles) {
    this.legacyFiles = legacyFiles;
  }

  apply(compiler) {
    compiler.hooks.afterCompile.tap('RecordLegacyFilesPlugin', (compilation) => {
      for (const [name, entrypoint] of compilation.entrypoints) {
        this.legacyFiles.set(name, entrypoint.getFiles().filter((file) => file.endsWith('.js')));
      }
    });
  }
}

/** An https base URL ending in "/". Throws a message the person building can act on. */
function normalizeBaseUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`--env url=${url}: not a URL. Example: --env url=https://phuluc.example.gov.vn/`);
  }
  if (parsed.protocol !== 'https:') {
    throw new Error(`--env url=${url}: Office add-ins must be served over https.`);
  }
  if (parsed.search || parsed.hash) {
    throw new Error(`--env url=${url}: give the base folder only, without ? or #.`);
  }
  const href = parsed.href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** Points every dev-server URL in the manifest at `baseUrl` (https, ending in "/"). */
function substituteManifestUrls(xml, baseUrl, devUrl = DEV_URL) {
  return xml.split(devUrl).join(baseUrl);
}

/**
 * The manifest a build ships: URLs at `baseUrl`, and without the checked-in file's comments,
 * which describe the repository's dev-server manifest and would mislead whoever deploys the copy.
 */
function deployedManifest(xml, baseUrl) {
  const urls = substituteManifestUrls(xml, baseUrl);
  return baseUrl === DEV_URL ? urls : urls.replace(/<!--[\s\S]*?-->\s*/g, '');
}

/** What a build is asked for, from `--env` and `--mode`. */
function buildOptions(env = {}, argv = {}) {
  const production = (argv.mode ?? 'production') === 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  const explicitUrl = typeof env.url === 'string' && env.url !== '';
  // The dev server and development builds keep the checked-in localhost manifest.
  const manifestUrl = explicitUrl
    ? normalizeBaseUrl(env.url)
    : production && !serving
      ? DEFAULT_PROD_URL
      : DEV_URL;
  if (env.officejs !== undefined && !['local', 'cdn', 'fake'].includes(env.officejs)) {
    throw new Error(`--env officejs=${env.officejs}: use "local", "cdn" or "fake".`);
  }
  const officeJs = env.officejs ?? 'cdn';
  if (env.out !== undefined && officeJs !== 'fake') {
    throw new Error('--env out=… is only for --env officejs=fake builds (the others go to dist/).');
  }
  const outDir = path.resolve(__dirname, officeJs === 'fake' ? String(env.out ?? FAKE_HOST_OUT) : 'dist');
  return { production, serving, manifestUrl, officeJs, outDir, selfSignedOnly: env.certs === 'self-signed' };
}

/** Fails the build when a Node-only module (ExcelJS, src/xlsx, src/cli) gets into a bundle. */
class NodeOnlyGuardPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('NodeOnlyGuardPlugin', (compilation) => {
      compilation.hooks.finishModules.tap('NodeOnlyGuardPlugin', (modules) => {
        for (const module of modules) {
          const resource = module.resource;
          if (resource && NODE_ONLY.some((pattern) => pattern.test(resource))) {
            const { WebpackError } = compiler.webpack;
            compilation.errors.push(
              new WebpackError(
                `Node-only module in a browser bundle: ${path.relative(__dirname, resource)}. ` +
                  'The task pane and commands may import src/engine and src/excel only.',
              ),
            );
          }
        }
      });
    });
  }
}

/**
 * For `--env officejs=fake`: writes the sample workbook's snapshot (samples/phu-luc-mau.xlsx read
 * by src/xlsx, as the command line reads it) before each build, in a child process because
 * src/xlsx is TypeScript. The fake host's bundle imports it as `@phuluc/sample-snapshot`.
 */
class SampleSnapshotPlugin {
  apply(compiler) {
    const write = async () => {
      const { execFileSync } = require('node:child_process');
      execFileSync(process.execPath, [path.join(__dirname, 'scripts', 'sample-snapshot.js')], { stdio: 'inherit' });
    };
    compiler.hooks.beforeRun.tapPromise('SampleSnapshotPlugin', write);
    compiler.hooks.watchRun.tapPromise('SampleSnapshotPlugin', write);
  }
}

/** Reports the task pane's JavaScript size (all its chunks, gzip) and enforces the budget. */
class BundleBudgetPlugin {
  constructor({ entry, budget, enforce }) {
    this.entry = entry;
    this.budget = budget;
    this.enforce = enforce;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('BundleBudgetPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'BundleBudgetPlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const entrypoint = compilation.entrypoints.get(this.entry);
          if (!entrypoint) return;
          const files = [...entrypoint.getFiles()].filter((file) => file.endsWith('.js'));
          let total = 0;
          for (const file of files) {
            const asset = compilation.getAsset(file);
            if (asset) total += zlib.gzipSync(asset.source.buffer(), { level: 9 }).length;
          }
          const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
          const line =
            `${this.entry} JavaScript: ${kb(total)} gzip in ${files.length} file(s) ` +
            (this.enforce ? `(budget ${kb(this.budget)})` : '(development build: not minified, budget not checked)');
          compilation.getLogger('BundleBudgetPlugin').info(line);
          console.log(`\n${line}`);
          if (this.enforce && total > this.budget) {
            const { WebpackError } = compiler.webpack;
            compilation.errors.push(new WebpackError(`Over budget: ${line}`));
          }
        },
      );
    });
  }
}

/** The dev server's certificate: office-addin-dev-certs, or webpack-dev-server's own as a fallback. */
async function httpsServer(selfSignedOnly) {
  if (!selfSignedOnly) {
    try {
      const devCerts = require('office-addin-dev-certs');
      const options = await devCerts.getHttpsServerOptions();
      return { type: 'https', options: { ca: options.ca, key: options.key, cert: options.cert } };
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      console.warn(
        [
          '',
          '⚠ Could not create or trust the development certificate (office-addin-dev-certs):',
          `  ${reason}`,
          '  The dev server starts with a temporary self-signed certificate instead. Excel will not',
          '  load the add-in until the certificate is trusted: run `npx office-addin-dev-certs install`',
          '  (administrator rights needed), or open https://localhost:3000/taskpane.html in the browser',
          '  that Excel on the web runs in and accept the certificate.',
          '',
        ].join('\n'),
      );
    }
  }
  return { type: 'https' };
}

module.exports = async (env = {}, argv = {}) => {
  const options = buildOptions(env, argv);
  const fakeHost = options.officeJs === 'fake';
  const officeJsSrc = { local: OFFICE_JS_LOCAL, cdn: OFFICE_JS_CDN, fake: FAKE_HOST_JS }[options.officeJs];
  // The fake host's bundle stands alone (one <script> in place of Office.js): no shared chunks.
  const splitChunksOf = (chunk) => chunk.name !== FAKE_HOST_ENTRY;

  const copyPatterns = [
    { from: 'assets', to: 'assets' },
    {
      from: 'manifest.xml',
      to: 'manifest.xml',
      transform: {
        transformer: (content) =>
          Buffer.from(deployedManifest(content.toString('utf8'), options.manifestUrl), 'utf8'),
      },
    },
  ];
  if (options.officeJs === 'local') {
    copyPatterns.push({
      from: path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist'),
      to: 'office-js',
      // Microsoft's files as published: never re-minified (that would also take minutes).
      info: { minimized: true },
      globOptions: {
        // Debug builds, typings and other Office applications' scripts: not needed by Excel.
        ignore: [
          '**/*.debug.js',
          '**/*-vsdoc.js',
          '**/*.d.ts',
          '**/{access,onenote,outlook,outlookwebapp,powerpoint,powerpointios,project,word,wordios}-*.js',
          '**/outlook_strings.js',
        ],
      },
    });
  }

  // Filled by the legacy compilation, read by the modern one (LegacyScriptsPlugin).
  const legacyFiles = new Map();
  const page = (filename, template, entry) =>
    new HtmlWebpackPlugin({ filename, template, chunks: [entry], officeJs: officeJsSrc, scriptLoading: 'module' });

  /** @type {import('webpack').Configuration} */
  const config = {
    name: 'modern',
    dependencies: [LEGACY],
    mode: options.production ? 'production' : 'development',
    context: __dirname,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      notice: './src/commands/noticePage.ts',
      ...(fakeHost ? { [FAKE_HOST_ENTRY]: './tests/e2e/fakeHostPage.ts' } : {}),
    },
    output: {
      path: options.outDir,
      filename: (pathData) =>
        pathData.chunk?.name === FAKE_HOST_ENTRY
          ? FAKE_HOST_JS
          : options.production
            ? '[name].[contenthash:8].js'
            : '[name].js',
      chunkFilename: options.production ? '[name].[contenthash:8].js' : '[name].js',
      // Chunks loaded on demand (the .xlsx reader) sit beside the pages. Not 'auto': module scripts have
      // no document.currentScript, so webpack would guess from the last <script>, the legacy one.
      publicPath: '',
      // The legacy compilation has written its folder already.
      clean: { keep: new RegExp(`^${LEGACY}[\\\\/]`) },
    },
    devtool: options.production ? false : 'source-map',
    target: ['web', 'es2017'],
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
      fallback: Object.fromEntries(NODE_BUILTINS.map((name) => [name, false])),
      alias: fakeHost ? { '@phuluc/sample-snapshot$': require('./scripts/sample-snapshot.js').SNAPSHOT_FILE } : {},
    },
    module: { rules: swcRules(MODERN_TARGETS, options.production) },
    optimization: {
      splitChunks: {
        chunks: splitChunksOf,
        cacheGroups: {
          // React and Fluent UI change rarely: their own long-cached chunk, task pane only.
          ui: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler|@fluentui|@griffel|@floating-ui|tabster|keyborg)[\\/]/,
            name: 'ui',
            chunks: splitChunksOf,
            priority: 20,
          },
        },
      },
    },
    performance: {
      // Sizes are enforced on gzip by BundleBudgetPlugin; webpack's own hints count raw bytes.
      hints: false,
    },
    plugins: [
      page('taskpane.html', './src/taskpane/taskpane.html', 'taskpane'),
      page('commands.html', './src/commands/commands.html', 'commands'),
      page('notice.html', './src/commands/notice.html', 'notice'),
      new LegacyScriptsPlugin(legacyFiles),
      new CopyWebpackPlugin({ patterns: copyPatterns }),
      new NodeOnlyGuardPlugin(),
      new BundleBudgetPlugin({ entry: 'taskpane', budget: PANE_BUDGET_BYTES, enforce: options.production }),
      ...(fakeHost ? [new SampleSnapshotPlugin()] : []),
    ],
  };

  /**
   * The same pages for Internet Explorer 11: ES5, one file per entry (no chunk loading: IE11 has no
   * document.currentScript to find chunks by), the light pane in place of the React one.
   * @type {import('webpack').Configuration}
   */
  const legacy = {
    name: LEGACY,
    mode: config.mode,
    context: __dirname,
    entry: {
      taskpane: [LEGACY_PRELUDE, './src/lite/index.ts'],
      commands: [LEGACY_PRELUDE, './src/commands/commands.ts'],
      notice: [LEGACY_PRELUDE, './src/commands/noticePage.ts'],
    },
    output: {
      path: path.join(options.outDir, LEGACY),
      filename: options.production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: '',
      clean: true,
    },
    devtool: config.devtool,
    target: ['web', 'es5'],
    resolve: { extensions: config.resolve.extensions, fallback: config.resolve.fallback },
    module: { rules: swcRules(LEGACY_TARGETS, options.production) },
    optimization: { splitChunks: false },
    performance: { hints: false },
    plugins: [new RecordLegacyFilesPlugin(legacyFiles), new NodeOnlyGuardPlugin()],
  };

  if (options.serving) {
    config.devServer = {
      port: DEV_PORT,
      server: await httpsServer(options.selfSignedOnly),
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: false,
      liveReload: true,
      client: { overlay: { warnings: false, errors: true } },
    };
  }
  return [config, legacy];
};

module.exports.DEV_URL = DEV_URL;
module.exports.DEFAULT_PROD_URL = DEFAULT_PROD_URL;
module.exports.OFFICE_JS_CDN = OFFICE_JS_CDN;
module.exports.PANE_BUDGET_BYTES = PANE_BUDGET_BYTES;
module.exports.LEGACY = LEGACY;
module.exports.normalizeBaseUrl = normalizeBaseUrl;
module.exports.substituteManifestUrls = substituteManifestUrls;
module.exports.buildOptions = buildOptions;
