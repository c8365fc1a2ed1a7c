// Action entry: everything happens in run(); see main.ts. SIGINT/SIGTERM cancel the run (cancellation.ts).
import { cancelOnSignals, cancellationOf } from './cancellation.js';
import { run } from './main.js';

const cancellation = cancelOnSignals((signalName) =>
  process.stderr.write(`${signalName} again: stopping now\n`),
);
await run(cancellation.signal);
// A cancelled run ends now, with the signal's exit code (130 or 143), whatever is still pending.
const cancelled = cancellationOf(cancellation.signal);
if (cancelled) process.exit(cancelled.exitCode);
