import type { ElementContent } from 'hast';

/**
 * A block's own text: its inline content, without the text of the blocks in `blocks` nested in it (a list
 * inside an item, a paragraph inside a quote) or of code blocks.
 */
export function ownText(children: readonly ElementContent[], blocks: ReadonlySet<string>): string {
  return children
    .map((child) => {
      if (child.type === 'text') return child.value;
      if (child.type !== 'element' || blocks.has(child.tagName) || child.tagName === 'pre') return '';
      return ownText(child.children, blocks);
    })
    .join('');
}
