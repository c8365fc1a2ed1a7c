import type * as Finalize from './finalize.js';

/*
 * The PDF stage loads on first use. It brings pdf-lib, ~1 MB of code that takes ~100 ms to evaluate:
 * imported at start-up it held back the browser's launch, which waits until the whole bundle has loaded.
 * Loaded while the first document prints (engine/convert.ts asks for it then), it costs nothing: the
 * process only waits on the browser at that point.
 */
let finalize: Promise<typeof Finalize> | undefined;

/** finalize.ts (and pdf-lib), loaded once. */
export function loadFinalize(): Promise<typeof Finalize> {
  return (finalize ??= import('./finalize.js'));
}
