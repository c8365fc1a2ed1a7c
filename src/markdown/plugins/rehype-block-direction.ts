import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { TEXT_BLOCKS } from './block-text.js';

/**
 * Blocks that hold other blocks: lists (their markers), tables (their columns) and quotes (their rule).
 * `dir="auto"` would not do here, since the browser skips the text of children that have a `dir` of
 * their own: they are given the direction of their first strong character explicitly.
 */
const CONTAINERS = new Set(['ul', 'ol', 'dl', 'table', 'blockquote']);

/** Letters of the scripts written right to left. */
const RIGHT_TO_LEFT =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}]/u;
/** The first strong character (close to Unicode's bidi classes L, R and AL): a letter of any script. */
const FIRST_LETTER = /\p{L}/u;

/** The direction of a text's first letter, as the browser finds it for `dir="auto"`. */
function firstStrongDirection(text: string): 'ltr' | 'rtl' | undefined {
  const letter = FIRST_LETTER.exec(text)?.[0];
  return letter === undefined ? undefined : RIGHT_TO_LEFT.test(letter) ? 'rtl' : 'ltr';
}

/**
 * Sets `dir="auto"` on text blocks, so the browser takes each block's direction from its first strong
 * character, as GitHub does (lists, tables and quotes get that direction written out, see CONTAINERS): an Arabic or Hebrew paragraph, list or table runs right to left in a
 * left-to-right document, and an English one left to right in a right-to-left document. In a
 * left-to-right document only blocks with right-to-left letters are marked (the others read left to
 * right either way, so their markup stays as it was). In a right-to-left document code blocks are set
 * `dir="ltr"`: code reads left to right everywhere. A `dir` the author wrote is kept. Runs after the
 * sanitizer, on trusted markup.
 */
export function rehypeBlockDirection() {
  return (tree: Root, file: VFile): void => {
    const rtlDocument = file.data.metadata?.dir === 'rtl';
    // Most documents have no right-to-left letter at all: nothing to look at then.
    if (!rtlDocument && !RIGHT_TO_LEFT.test(String(file.value))) return;
    visit(tree, 'element', (node: Element) => {
      if (node.properties.dir !== undefined) return;
      if (node.tagName === 'pre') {
        if (rtlDocument) node.properties.dir = 'ltr';
        return 'skip';
      }
      const isContainer = CONTAINERS.has(node.tagName);
      if (!isContainer && !TEXT_BLOCKS.has(node.tagName)) return;
      const text = toString(node);
      if (!rtlDocument && !RIGHT_TO_LEFT.test(text)) return;
      const direction = isContainer ? firstStrongDirection(text) : 'auto';
      if (direction) node.properties.dir = direction;
    });
  };
}
