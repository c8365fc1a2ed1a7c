import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** Blocks that can take the direction of their own text, lists and tables included (markers, columns). */
const AUTO_DIRECTION = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'table',
  'th',
  'td',
  'figcaption',
  'caption',
  'summary',
]);

/** Letters of the scripts written right to left. */
const RIGHT_TO_LEFT =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}]/u;

/**
 * Sets `dir="auto"` on text blocks, so the browser takes each block's direction from its first strong
 * character, as GitHub does: an Arabic or Hebrew paragraph, list or table runs right to left in a
 * left-to-right document, and an English one left to right in a right-to-left document. In a
 * left-to-right document only blocks with right-to-left letters are marked (the others read left to
 * right either way, so their markup stays as it was). In a right-to-left document code blocks are set
 * `dir="ltr"`: code reads left to right everywhere. A `dir` the author wrote is kept. Runs after the
 * sanitizer, on trusted markup.
 */
export function rehypeBlockDirection() {
  return (tree: Root, file: VFile): void => {
    const rtlDocument = file.data.metadata?.dir === 'rtl';
    visit(tree, 'element', (node: Element) => {
      if (node.properties.dir !== undefined) return;
      if (node.tagName === 'pre') {
        if (rtlDocument) node.properties.dir = 'ltr';
        return 'skip';
      }
      if (AUTO_DIRECTION.has(node.tagName) && (rtlDocument || RIGHT_TO_LEFT.test(toString(node))))
        node.properties.dir = 'auto';
    });
  };
}
