import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

const PREFIX = 'user-content-';

/**
 * Makes `[x](#anchor)` reach an `id="anchor"` the author wrote in raw HTML. The sanitizer prefixes such
 * ids with `user-content-` (so no document can clobber page globals); GitHub fixes links up with script
 * in the browser, and we do the same here, at build time, for every fragment that has no plain match.
 */
export function rehypeUserContentLinks() {
  return (tree: Root): void => {
    const ids = new Set<string>();
    visit(tree, 'element', (node: Element) => {
      if (typeof node.properties.id === 'string') ids.add(node.properties.id);
    });
    visit(tree, 'element', (node: Element) => {
      const href = node.tagName === 'a' ? node.properties.href : undefined;
      if (typeof href !== 'string' || !href.startsWith('#')) return;
      const target = decodeURIComponent(href.slice(1));
      if (!ids.has(target) && ids.has(PREFIX + target)) node.properties.href = '#' + PREFIX + target;
    });
  };
}
