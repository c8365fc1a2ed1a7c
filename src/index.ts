// Action entry: everything happens in run(); see action/run.ts. SIGINT/SIGTERM cancel the run (engine/cancellation.ts).
import { cancelOnSignals, cancellationOf } from './engine/cancellation.js';
import { run } from './action/run.js';

const cancellation = cancelOnSignals((signalName) =>
  process.stderr.write(`${signalName} again: stopping now\n`),
);
await run(cancellation.signal);
// A cancelled run ends now, with the signal's exit code (130 or 143), whatever is still pending.
const cancelled = cancellationOf(cancellation.signal);
if (cancelled) process.exit(cancelled.exitCode);
