/** Command-line arguments → a validated request (node:util parseArgs, then zod). No I/O here. */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { parsePeriod, readTypedDate, readTypedYear } from '../engine';
import { periodMessages } from './periodMessages';
import { COMMANDS, messages, type CliLang, type CommandName } from './messages';

export interface AnalyzeArgs {
  asOf: string;
  /** SPEC §10 period key; asOf is then its last day. */
  period?: string;
  year?: number;
  unitsFile?: string;
  subject: string;
}

export type CliRequest =
  | { kind: 'help'; lang: CliLang; topic?: CommandName }
  | { kind: 'version'; lang: CliLang }
  | { kind: 'check'; lang: CliLang; files: string[]; json: boolean; analyze: AnalyzeArgs; sinceLast: boolean }
  | { kind: 'summarize'; lang: CliLang; file: string; output: string; json: boolean; analyze: AnalyzeArgs }
  | { kind: 'template'; lang: CliLang; output: string }
  | { kind: 'compare'; lang: CliLang; previous: string; current: string; json: boolean; analyze: AnalyzeArgs; previousAsOf?: string }
  | { kind: 'rollup'; lang: CliLang; inputs: string[]; output: string; json: boolean; analyze: AnalyzeArgs };

export type ParseOutcome =
  | { ok: true; request: CliRequest }
  /** `message` is one line; `help` asks the caller to print the help text after it. */
  | { ok: false; lang: CliLang; message: string; command?: CommandName; help?: boolean };

const OPTIONS = {
  'as-of': { type: 'string' },
  period: { type: 'string' },
  'previous-as-of': { type: 'string' },
  'since-last': { type: 'boolean' },
  year: { type: 'string' },
  units: { type: 'string' },
  subject: { type: 'string' },
  json: { type: 'boolean' },
  lang: { type: 'string' },
  output: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type OptionName = keyof typeof OPTIONS;

const ANALYZE_OPTIONS: OptionName[] = ['as-of', 'period', 'year', 'units', 'subject', 'json'];
const ALWAYS: OptionName[] = ['lang', 'help', 'version'];
const ALLOWED: Record<CommandName, OptionName[]> = {
  check: [...ALWAYS, ...ANALYZE_OPTIONS, 'since-last'],
  summarize: [...ALWAYS, ...ANALYZE_OPTIONS, 'output'],
  template: [...ALWAYS, 'output'],
  compare: [...ALWAYS, ...ANALYZE_OPTIONS, 'previous-as-of'],
  rollup: [...ALWAYS, 'as-of', 'period', 'units', 'subject', 'json', 'output'],
};

/** Every option's raw text is checked here; the path of a failing issue names the option. */
const optionValuesSchema = z.object({
  // Read by the engine's readTypedDate/readTypedYear below, so that an impossible date gets its own message.
  'as-of': z.string().optional(),
  period: z.string().trim().refine((s) => parsePeriod(s) !== null).optional(),
  'previous-as-of': z.string().optional(),
  'since-last': z.boolean().optional(),
  year: z.string().optional(),
  units: z.string().trim().min(1).optional(),
  subject: z.string().trim().min(1).max(500).optional(),
  json: z.boolean().optional(),
  lang: z.enum(['vi', 'en']).optional(),
  output: z
    .string()
    .trim()
    .min(1)
    .refine((s) => /\.(xlsx|xlsm|xltx|xltm)$/i.test(s))
    .optional(),
  help: z.boolean().optional(),
  version: z.boolean().optional(),
});

function dateMessage(m: ReturnType<typeof messages>, option: string, value: string, reason: 'format' | 'impossible' | 'year'): string {
  return reason === 'impossible' ? m.dateDoesNotExist(option, value) : m.badOptionValue(option, value);
}

/** The --lang given anywhere on the line, so even errors in other arguments use it. */
export function langFromArgv(argv: readonly string[]): CliLang {
  let lang: CliLang = 'vi';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (v === 'vi' || v === 'en') lang = v;
  }
  return lang;
}

/** Today in the local time zone, yyyy-mm-dd. */
export function localToday(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

export function parseCli(argv: readonly string[], today: string = localToday()): ParseOutcome {
  let lang = langFromArgv(argv);
  const m = messages(lang);
  const fail = (message: string, command?: CommandName, help?: boolean): ParseOutcome => ({
    ok: false, lang, message, command, help,
  });

  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    return fail(parseArgsMessage(e, lang), commandIn(argv));
  }
  const { values, positionals } = parsed;

  const checked = optionValuesSchema.safeParse(values);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const name = String(issue?.path[0] ?? '');
    const raw = (values as Record<string, unknown>)[name];
    return fail(m.badOptionValue(`--${name}`, typeof raw === 'string' ? raw : String(raw)), commandIn(argv));
  }
  const opts = checked.data;
  lang = opts.lang ?? lang;
  const ml = messages(lang);
  const asOf = opts['as-of'] === undefined ? ({ ok: true, iso: today } as const) : readTypedDate(opts['as-of']);
  if (!asOf.ok) return fail(dateMessage(ml, '--as-of', opts['as-of'] ?? '', asOf.reason), commandIn(argv));
  const year = opts.year === undefined ? undefined : readTypedYear(opts.year);
  if (year && !year.ok) return fail(dateMessage(ml, '--year', opts.year ?? '', year.reason), commandIn(argv));
  const previous = opts['previous-as-of'] === undefined ? undefined : readTypedDate(opts['previous-as-of']);
  if (previous && !previous.ok) return fail(dateMessage(ml, '--previous-as-of', opts['previous-as-of'] ?? '', previous.reason), commandIn(argv));

  const [first, ...rest] = positionals;
  if (first === 'help') {
    const topic = rest[0];
    if (topic !== undefined && !isCommand(topic)) return fail(ml.unknownCommand(topic));
    return { ok: true, request: { kind: 'help', lang, topic } };
  }
  if (first === undefined) {
    if (opts.help) return { ok: true, request: { kind: 'help', lang } };
    if (opts.version) return { ok: true, request: { kind: 'version', lang } };
    return fail(ml.noCommand, undefined, true);
  }
  if (!isCommand(first)) return fail(ml.unknownCommand(first));
  const command = first;
  if (opts.help) return { ok: true, request: { kind: 'help', lang, topic: command } };
  if (opts.version) return { ok: true, request: { kind: 'version', lang } };

  for (const name of Object.keys(values) as OptionName[]) {
    if (!ALLOWED[command].includes(name)) return fail(ml.optionNotForCommand(`--${name}`, command), command);
  }

  if (opts['as-of'] !== undefined && opts.period !== undefined) return fail(periodMessages(lang).periodAndAsOf, command);
  const period = opts.period === undefined ? undefined : parsePeriod(opts.period);
  const analyze: AnalyzeArgs = {
    asOf: opts['as-of'] !== undefined ? asOf.iso : (period?.to ?? today),
    ...(period ? { period: period.key } : {}),
    year: year?.year,
    unitsFile: opts.units,
    subject: opts.subject ?? 'Đơn vị',
  };
  const json = opts.json ?? false;

  switch (command) {
    case 'check':
      if (rest.length === 0) return fail(ml.missingFile(command), command);
      return { ok: true, request: { kind: 'check', lang, files: rest, json, analyze, sinceLast: opts['since-last'] ?? false } };
    case 'summarize':
      if (rest.length === 0) return fail(ml.missingFile(command), command);
      if (rest.length > 1) return fail(ml.tooManyFiles(command), command);
      if (!opts.output) return fail(ml.missingOutput(command), command);
      return { ok: true, request: { kind: 'summarize', lang, file: rest[0], output: opts.output, json, analyze } };
    case 'template':
      if (rest.length > 0) return fail(ml.unexpectedArgument(rest[0], command), command);
      if (!opts.output) return fail(ml.missingOutput(command), command);
      if (!/\.xlsx$/i.test(opts.output)) return fail(ml.badOptionValue('--output', opts.output), command);
      return { ok: true, request: { kind: 'template', lang, output: opts.output } };
    case 'compare': {
      if (rest.length !== 2) return fail(periodMessages(lang).missingCompareFiles, command);
      const previousAsOf = previous?.ok ? previous.iso : undefined;
      return {
        ok: true,
        request: { kind: 'compare', lang, previous: rest[0], current: rest[1], json, analyze, ...(previousAsOf ? { previousAsOf } : {}) },
      };
    }
    case 'rollup':
      if (rest.length === 0) return fail(periodMessages(lang).missingRollupFiles, command);
      if (!opts.output) return fail(ml.missingOutput(command), command);
      // A new workbook without macros: an .xlsm (or template) name would make Excel refuse to open it.
      if (!/\.xlsx$/i.test(opts.output)) return fail(ml.badOptionValue('--output', opts.output), command);
      return { ok: true, request: { kind: 'rollup', lang, inputs: rest, output: opts.output, json, analyze } };
  }
}

function isCommand(s: string): s is CommandName {
  return (COMMANDS as readonly string[]).includes(s);
}

/** The command word, when the line has one, to point the --help hint at it. */
function commandIn(argv: readonly string[]): CommandName | undefined {
  return argv.find(isCommand);
}

/** node:util's English parse errors → our one-line message. */
function parseArgsMessage(e: unknown, lang: CliLang): string {
  const m = messages(lang);
  const err = e as { code?: string; message?: string };
  const text = err.message ?? '';
  const opt = /'(-{1,2}[^'\s]*)/.exec(text)?.[1] ?? '';
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return m.unknownOption(opt || text);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /does not take an argument/.test(text) ? m.optionTakesNoValue(opt) : m.optionNeedsValue(opt);
    default:
      return m.unexpected(text);
  }
}
