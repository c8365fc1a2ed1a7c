import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { isHighlightedCode } from './highlighted-code.js';
import type { VFile } from 'vfile';
import { ownText } from './block-text.js';

/** Blocks that start on a source line of their own. */
const LINE_BLOCKS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'dt',
  'dd',
  'tr',
  'pre',
  'blockquote',
  'figcaption',
  'summary',
]);

/** A fenced code block's code starts on the line after its fence; an indented one on its own line. */
const FENCE = /^\s*(```|~~~)/;

/** Any character beyond ASCII: the only ones page-scripts/glyph-check.js looks at. */
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Marks each text block with non-ASCII text of its own with the source line its text starts on
 * (`data-line`), so a character no font can draw (page-scripts/glyph-check.js) is reported at file:line.
 * ASCII-only blocks are left as they are: every face draws ASCII. Runs after the sanitizer, which drops
 * any `data-*` an author wrote.
 */
export function rehypeBlockLines() {
  return (tree: Root, file: VFile): void => {
    const lines = String(file.value).split('\n');
    const markLine = (node: Element): void => {
      const line = node.position?.start.line;
      if (line === undefined || !LINE_BLOCKS.has(node.tagName)) return;
      if (!NON_ASCII.test(ownText(node.children, LINE_BLOCKS))) return;
      const fenced = node.tagName === 'pre' && FENCE.test(lines[line - 1] ?? '');
      node.properties.dataLine = String(fenced ? line + 1 : line);
    };
    visit(tree, 'element', (node: Element) => {
      markLine(node);
      // A highlighted block's inside is token spans only: no block of its own to mark.
      return isHighlightedCode(node) ? SKIP : undefined;
    });
  };
}
