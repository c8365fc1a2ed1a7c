import type * as Finalize from './finalize.js';
import type * as Merge from './merge.js';

/*
 * The PDF stages load on first use. They bring pdf-lib, ~1 MB of code that takes ~100 ms to evaluate:
 * imported at start-up it held back the browser's launch, which waits until the whole bundle has loaded.
 * Loaded while the first document prints (convert.ts asks for it then), it costs nothing: the process
 * only waits on the browser at that point.
 */
let finalize: Promise<typeof Finalize> | undefined;

/** finalize.ts (and pdf-lib), loaded once. */
export function loadFinalize(): Promise<typeof Finalize> {
  return (finalize ??= import('./finalize.js'));
}

/** merge.ts, for a run that makes a book. */
export function loadMerge(): Promise<typeof Merge> {
  return import('./merge.js');
}
