import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Opens every `<details>`: paper has no disclosure triangle to click, so a closed one would print its
 * summary alone and lose the body. The summary stays, styled as a label (themes/components.css).
 * Runs after the sanitizer, on trusted markup.
 */
export function rehypeDetailsOpen() {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'details') node.properties.open = true;
    });
  };
}
