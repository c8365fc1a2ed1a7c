import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { isHighlightedCode } from './highlighted-code.js';

/**
 * Makes every heading a named destination of the PDF, so another PDF's link `runbook.pdf#restart-the-pool`
 * (or a viewer's URL) lands on it. Chromium writes a destination only for an element that a link of the
 * same document targets, so a hidden list links to each heading: hidden, it prints nothing and makes no
 * link annotation. Runs last, on the finished body.
 */
export function rehypeHeadingDestinations() {
  return (tree: Root): void => {
    const links: Element[] = [];
    visit(tree, 'element', (node: Element) => {
      if (isHighlightedCode(node)) return SKIP;
      const id = node.properties.id;
      if (/^h[1-6]$/.test(node.tagName) && typeof id === 'string' && id !== '') {
        links.push({ type: 'element', tagName: 'a', properties: { href: `#${id}` }, children: [] });
      }
    });
    if (!links.length) return;
    tree.children.push({
      type: 'element',
      tagName: 'nav',
      properties: { hidden: true, className: ['md-pdf-destinations'] },
      children: links,
    });
  };
}
