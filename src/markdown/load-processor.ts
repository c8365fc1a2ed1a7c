import type * as Processor from './processor.js';

let processor: Promise<typeof Processor> | undefined;

/**
 * The Markdown pipeline (unified, micromark, parse5, Shiki's core: ~1 MB of code), loaded on first use.
 * A run asks for the browser before it needs the pipeline, so the two now load side by side instead of
 * the browser waiting for this code to be read.
 */
export function loadProcessor(): Promise<typeof Processor> {
  return (processor ??= import('./processor.js'));
}
