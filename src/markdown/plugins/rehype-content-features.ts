import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { EXIT, visit } from 'unist-util-visit';
import { MERMAID_CLASS } from './rehype-mermaid-blocks.js';

/** What a document uses that needs something extra in the page (a stylesheet, a script). */
export interface ContentFeatures {
  /** Rendered KaTeX: needs the KaTeX stylesheet and fonts. */
  math: boolean;
  /** Mermaid placeholders: needs the Mermaid script. */
  mermaid: boolean;
  /** Images: the page checks they loaded and puts a placeholder where one did not. */
  images: boolean;
  /** Chinese, Japanese or Korean text anywhere in the source (metadata included): needs the CJK fonts. */
  cjk?: boolean;
}

/** Han, kana and hangul: the scripts whose faces are in the CJK font stylesheet. */
const CJK_TEXT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

/** Whether a text holds Chinese, Japanese or Korean characters (or their punctuation). */
export function hasCjkText(text: string | undefined): boolean {
  return text !== undefined && CJK_TEXT.test(text);
}

declare module 'vfile' {
  interface DataMap {
    /** Set by rehypeContentFeatures. */
    features: ContentFeatures;
  }
}

function hasClass(node: Element, name: string): boolean {
  const classes = node.properties.className;
  return Array.isArray(classes) && classes.includes(name);
}

/**
 * Records which page features the finished tree needs, so a document only loads the scripts and styles
 * it uses (Mermaid alone is ~3 MB of script). Run last, on the tree our transforms produced.
 */
export function rehypeContentFeatures() {
  return (tree: Root, file: VFile): void => {
    const features: ContentFeatures = { math: false, mermaid: false, images: false };
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'img') features.images = true;
      else if (hasClass(node, 'katex')) features.math = true;
      else if (hasClass(node, MERMAID_CLASS)) features.mermaid = true;
      if (features.math && features.mermaid && features.images) return EXIT;
    });
    file.data.features = features;
  };
}
