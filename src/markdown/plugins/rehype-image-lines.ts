import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { isHighlightedCode } from './highlighted-code.js';

/**
 * Marks every image with its source line (`data-line`), so the page can say which image it could not
 * show (page-scripts/image-placeholders.js) and the warning points at file:line. Runs after the
 * sanitizer, which drops any `data-*` an author wrote.
 */
export function rehypeImageLines() {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element) => {
      if (isHighlightedCode(node)) return SKIP;
      const line = node.position?.start.line;
      if (node.tagName === 'img' && line !== undefined) node.properties.dataLine = String(line);
    });
  };
}
