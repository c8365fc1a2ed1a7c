import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * V8's full collection, without starting Node with --expose-gc (the action runs as `node dist/index.js`,
 * where no flag can be given): the flag is set for the one context made here, then unset again.
 */
function fullCollector(): () => void {
  v8.setFlagsFromString('--expose-gc');
  try {
    return vm.runInNewContext('gc') as () => void;
  } finally {
    v8.setFlagsFromString('--no-expose-gc');
  }
}

let collect: (() => void) | undefined;

/**
 * Returns a function to call once per finished document, which runs a full garbage collection every
 * `documents` calls.
 *
 * In a batch, Node is never idle, so V8 rarely runs a full collection and lets its heap grow: over 3,000
 * documents Node's RSS rose from ~140 to ~280 MB while the live data stayed ~30 MB (bench/README.md,
 * "Where the time goes"). A full collection of that live heap takes a few tens of milliseconds: every
 * few hundred documents it costs well under 1 % of the run.
 */
export function fullCollectionEvery(documents: number): () => void {
  let count = 0;
  return () => {
    if (++count % documents !== 0) return;
    collect ??= fullCollector();
    collect();
  };
}
