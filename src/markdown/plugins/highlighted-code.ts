import type { Element } from 'hast';

declare module 'hast' {
  interface ElementData {
    /** Set by rehypeHighlightCode on the `pre` it built: see isHighlightedCode. */
    highlightedCode?: true;
  }
}

/** Marks a `pre` whose whole inside rehypeHighlightCode built from the block's text. */
export function markHighlightedCode(pre: Element): void {
  pre.data = { ...pre.data, highlightedCode: true };
}

/**
 * Whether `node` is a code block rehypeHighlightCode built. Inside it is nothing but our token spans and
 * text, none of what later plugins look for (images, headings, quotes, details), so their visits skip it:
 * in a long document with many code blocks the token spans are most of the tree. The mark lives in
 * `data`, which the sanitizer's input never has, so no raw HTML of the author's can ask to be skipped.
 */
export function isHighlightedCode(node: Element): boolean {
  return node.data?.highlightedCode === true;
}
