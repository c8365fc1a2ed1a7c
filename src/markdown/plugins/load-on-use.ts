import type { Element, Root as HastRoot } from 'hast';
import type { Root as MdastRoot, Text } from 'mdast';
import type { Options as KatexOptions } from 'rehype-katex';
import type { RemarkEmojiOptions } from 'remark-emoji';
import { EXIT, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/*
 * KaTeX (~0.5 MB of code) and the emoji table (~0.3 MB) are loaded the first time a document uses them,
 * not at start-up, where every module loaded holds back the browser's launch; most reports use neither.
 * Each check below is the plugin's own test for work to do, so a document gets exactly what the plugin
 * itself would have given it.
 */

/** The classes rehype-katex renders: ```math fences, and remark-math's display and inline math. */
const MATH_CLASSES = ['language-math', 'math-display', 'math-inline'];

function hasMath(tree: HastRoot): boolean {
  let found = false;
  visit(tree, 'element', (node: Element) => {
    const classes = node.properties.className;
    if (Array.isArray(classes) && MATH_CLASSES.some((name) => classes.includes(name))) {
      found = true;
      return EXIT;
    }
  });
  return found;
}

/** rehype-katex, loaded and run only for a document with math. */
export function rehypeKatexOnUse(options: KatexOptions) {
  return async (tree: HastRoot, file: VFile): Promise<void> => {
    if (!hasMath(tree)) return;
    const { default: rehypeKatex } = await import('rehype-katex');
    rehypeKatex(options)(tree, file);
  };
}

/** remark-emoji's shortcode pattern (`:+1:`, `:tada:`), tested on text nodes as it does. */
const SHORTCODE = /:\+1:|:-1:|:[\w-]+:/;

/**
 * remark-emoji, loaded and run only for a document with a shortcode in its text. Emoticons (`:-)`) stay
 * off: they would need a test of their own.
 */
export function remarkEmojiOnUse(options: Omit<RemarkEmojiOptions, 'emoticon'> = {}) {
  return async (tree: MdastRoot): Promise<void> => {
    let found = false;
    visit(tree, 'text', (node: Text) => {
      if (!SHORTCODE.test(node.value)) return;
      found = true;
      return EXIT;
    });
    if (!found) return;
    const { default: remarkEmoji } = await import('remark-emoji');
    // Typed as a unified Plugin, it is a plain options → transformer function that never uses `this`.
    const attach = remarkEmoji as unknown as (settings: RemarkEmojiOptions) => (tree: MdastRoot) => void;
    attach({ ...options, emoticon: false })(tree);
  };
}
