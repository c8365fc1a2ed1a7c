import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { ownText, TEXT_BLOCKS } from './block-text.js';

/** Languages that already choose a Han face (themes/base.css --han-fonts). */
const HAN_LANGUAGE = /^(zh|ja|ko)(-|$)/i;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;

/**
 * Gives a block of Japanese or Korean text its language when nothing says it: kana make it Japanese,
 * hangul Korean. The Han characters in it then take the Japanese or Korean face instead of the Chinese
 * one (themes/base.css), as a reader of that language expects. A language given by the document (front
 * matter `lang: ja`, `zh-TW`, …) or by the author on an element wins.
 */
export function rehypeCjkLang() {
  return (tree: Root, file: VFile): void => {
    if (HAN_LANGUAGE.test(file.data.metadata?.lang ?? '')) return;
    const source = String(file.value);
    if (!KANA.test(source) && !HANGUL.test(source)) return;
    visit(tree, 'element', (node: Element) => {
      // An element with a language decides for everything in it.
      if (node.properties.lang !== undefined) return 'skip';
      if (node.tagName === 'pre' || node.tagName === 'code') return 'skip';
      if (!TEXT_BLOCKS.has(node.tagName)) return;
      const text = ownText(node.children, TEXT_BLOCKS);
      if (KANA.test(text)) node.properties.lang = 'ja';
      else if (HANGUL.test(text)) node.properties.lang = 'ko';
    });
  };
}
