/** `phuluc`: the command-line entry point. bin/phuluc.js calls main(); the exit code is its result. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCli } from './args';
import { EXIT_FAILURE, EXIT_OK } from './exitCodes';
import { CliError, debugEnabled, errorText, processIo, type Io } from './io';
import { messages } from './messages';
import { safeText } from './text';

export function version(): string {
  try {
    // build/cli/main.js and src/cli/main.ts both sit two levels under the package root.
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}


/** Loaded on demand: help and argument errors answer without loading ExcelJS. */
function commands(): Promise<typeof import('./commands')> {
  return import('./commands');
}

export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const parsed = parseCli(argv);
  if (!parsed.ok) {
    const m = messages(parsed.lang);
    io.err(`phuluc: ${safeText(parsed.message)}\n`);
    io.err(parsed.help ? `\n${m.help(version())}\n` : `${m.seeHelp(parsed.command)}\n`);
    return EXIT_FAILURE;
  }
  const req = parsed.request;
  const m = messages(req.lang);
  try {
    switch (req.kind) {
      case 'help':
        io.out(`${req.topic ? m.commandHelp(req.topic) : m.help(version())}\n`);
        return EXIT_OK;
      case 'version':
        io.out(`phuluc ${version()}\n`);
        return EXIT_OK;
      case 'check':
        return await (await commands()).runCheck(req, io);
      case 'summarize':
        return await (await commands()).runSummarize(req, io);
      case 'template':
        return await (await commands()).runTemplate(req, io);
      case 'compare':
        return await (await import('./compareCommand')).runCompare(req, io);
      case 'rollup':
        return await (await import('./rollupCommand')).runRollup(req, io);
    }
  } catch (e) {
    io.err(`phuluc: ${safeText(e instanceof CliError ? e.message : m.unexpected(errorText(e)))}\n`);
    if (debugEnabled() && e instanceof Error && e.stack) io.err(`${e.stack}\n`);
    return EXIT_FAILURE;
  }
}

