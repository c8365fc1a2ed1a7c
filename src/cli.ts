#!/usr/bin/env node
// CLI entry (bin `md-pdf`): a thin shell around the engine; see cli/run.ts.
import { cancelOnSignals } from './engine/cancellation.js';
import { main } from './cli/run.js';
import { errorMessage } from './shared/errors.js';

/**
 * @actions/glob logs through @actions/core, whose `::debug::` lines are workflow commands for the
 * Actions runner (which hides them); in a terminal they are noise, so the CLI drops them unless it runs
 * inside a runner with debug logging on.
 */
function hideRunnerDebugLines(): void {
  if (process.env.RUNNER_DEBUG === '1') return;
  const write = process.stdout.write.bind(process.stdout) as (chunk: unknown, ...rest: unknown[]) => boolean;
  process.stdout.write = ((chunk: unknown, ...rest: unknown[]) =>
    typeof chunk === 'string' && chunk.startsWith('::debug::')
      ? true
      : write(chunk, ...rest)) as typeof process.stdout.write;
}

hideRunnerDebugLines();
const cancellation = cancelOnSignals((signalName) =>
  process.stderr.write(`md-pdf: ${signalName} again: stopping now\n`),
);
main(process.argv.slice(2), process.cwd(), cancellation.signal).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`md-pdf: ${errorMessage(error)}\n`);
    process.exit(1);
  },
);
