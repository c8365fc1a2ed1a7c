import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { isHighlightedCode } from './highlighted-code.js';

/**
 * Opens every `<details>`: paper has no disclosure triangle to click, so a closed one would print its
 * summary alone and lose the body. The summary stays, styled as a label (themes/components.css).
 * Runs after the sanitizer, on trusted markup.
 */
export function rehypeDetailsOpen() {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element) => {
      if (isHighlightedCode(node)) return SKIP;
      if (node.tagName === 'details') node.properties.open = true;
    });
  };
}
