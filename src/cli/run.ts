import { errorMessage, OptionError } from '../shared/errors.js';
import { cancellationOf, describeCancelledRun } from '../engine/cancellation.js';
import { listChangedSince } from '../engine/changed-files.js';
import { narrowToChanges } from '../engine/changed-scope.js';
import { convert } from '../engine/convert.js';
import { printFileDone, summaryLine } from './lines.js';
import { findMarkdownFiles } from '../engine/discover.js';
import type { ConvertOptions } from '../engine/options.js';
import { readRunContext } from '../shared/run-context.js';
import { formatProblem } from '../markdown/report-format.js';
import { noMatchOutcome } from '../engine/no-match.js';
import type { IfNoFilesFound } from '../engine/no-match.js';
import { describeShard, selectShard } from '../engine/shard.js';
import type { ShardSpec } from '../engine/shard.js';
import { watchAndConvert } from './watch.js';
import packageJson from '../../package.json' with { type: 'json' };
import { parseCommandLine } from '../options/cli-flags.js';
import { cliHelp } from '../options/help.js';
import { resolveRunPlan, shellOptions } from '../options/resolve.js';
import { changeScopeContext, linkTargets, templateProvenance } from '../options/run-facts.js';

/** Parses the command line into engine options; throws OptionError with the flag's name. */
export function parseCli(
  argv: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): {
  patterns: string[];
  options: ConvertOptions;
  shard?: ShardSpec;
  ifNoFilesFound: IfNoFilesFound;
  watch: boolean;
  changedSince?: string;
} {
  const line = parseCommandLine(argv);
  if (line.help) {
    process.stdout.write(cliHelp());
    process.exit(0);
  }
  if (line.version) {
    process.stdout.write(`${packageJson.version}\n`);
    process.exit(0);
  }
  const flags = shellOptions('cli', line.read);
  const plan = resolveRunPlan(flags, { patterns: line.patterns, workspace: cwd, env });
  const watch = flags.flag('watch');
  if (watch && plan.shard) throw new OptionError('--watch cannot be combined with --shard');
  return {
    patterns: plan.patterns,
    options: plan.convert,
    shard: plan.shard,
    ifNoFilesFound: plan.ifNoFilesFound,
    watch,
    changedSince: flags.value('changed-since').trim() || undefined,
  };
}

/**
 * Runs the CLI; resolves to the process exit code (see the help's "Exit codes"): 130 or 143 when `signal`
 * (see cancellation.ts) cancelled the run.
 */
export async function main(argv: string[], cwd = process.cwd(), signal?: AbortSignal): Promise<number> {
  let parsed;
  try {
    parsed = parseCli(argv, cwd);
  } catch (error) {
    process.stderr.write(`md-pdf: ${errorMessage(error)}\n\n${cliHelp()}`);
    return 2;
  }
  const { patterns, options, shard, changedSince } = parsed;
  options.provenance = await templateProvenance(options, 'checkout');
  const found = await findMarkdownFiles(patterns, options.workspace, options.outputDir);
  const noMatch = noMatchOutcome(found.files.length + found.rejected.length, patterns, parsed.ifNoFilesFound);
  if (noMatch) {
    process.stderr.write(
      `md-pdf: ${noMatch.level === 'info' ? '' : `${noMatch.level}: `}${noMatch.message}\n`,
    );
    // Watching goes on: the files may be about to be written.
    if (noMatch.fails || !parsed.watch) return noMatch.fails ? 1 : 0;
  }
  if (parsed.watch) return watchAndConvert(patterns, options, cwd, signal ?? new AbortController().signal);
  // A change set that touches no document is no empty glob: it converts nothing, and says so.
  let changed: Pick<typeof found, 'files' | 'rejected'> = found;
  if (changedSince) {
    const scope = await narrowToChanges(
      found,
      () => listChangedSince(options.workspace, changedSince),
      changeScopeContext({ patterns, convert: options }),
    );
    if (scope.narrowed) {
      changed = scope.selection;
      process.stderr.write(`${scope.selection.note}\n`);
      for (const removed of scope.selection.removed) process.stderr.write(`- ${removed} (removed)\n`);
    } else process.stderr.write(`Converting every document: ${scope.reason}\n`);
  }
  const selection = shard ? await selectShard(changed.files, changed.rejected, shard) : undefined;
  if (shard && selection) process.stderr.write(`${describeShard(shard, selection)}\n`);
  const { files, rejected } = selection ?? changed;
  for (const r of rejected)
    process.stderr.write(`✗ ${formatProblem(r.relativePath, { message: r.reason })}\n`);
  signal?.addEventListener('abort', () =>
    process.stderr.write(
      `md-pdf: ${cancellationOf(signal)!.signalName}: finishing the documents in flight, then stopping (send it again to stop at once)\n`,
    ),
  );
  // Links to files that are not converted go to GitHub only when the CLI runs in a GitHub workflow
  // (elsewhere they are printed as text, with a warning).
  const run = process.env.GITHUB_ACTIONS === 'true' ? readRunContext() : undefined;
  const linked = { ...options, ...linkTargets(found.files, { run, outputDir: options.outputDir }) };
  const results = await convert(files, linked, {
    signal,
    onInfo: (message) => process.stderr.write(`${message}\n`),
    onFileDone: (result) => printFileDone(result, cwd),
  });
  const cancelled = cancellationOf(signal);
  if (cancelled) {
    process.stdout.write(`md-pdf: ${describeCancelledRun(cancelled, results, rejected.length)}\n`);
    return cancelled.exitCode;
  }
  process.stdout.write(`${summaryLine(results, rejected.length, options.outputDir, cwd)}\n`);
  const failed = rejected.length + results.filter((r) => r.status === 'failed').length;
  return failed ? 1 : 0;
}
