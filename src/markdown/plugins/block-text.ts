import type { ElementContent } from 'hast';

/**
 * Blocks of running text, each with a language and a direction of its own: what the block-direction and
 * CJK-language plugins mark.
 */
export const TEXT_BLOCKS: ReadonlySet<string> = new Set([
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
  'th',
  'td',
  'figcaption',
  'caption',
  'summary',
]);

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
