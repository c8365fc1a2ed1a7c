import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { EXIT, SKIP, visit } from 'unist-util-visit';
import { isHighlightedCode } from './highlighted-code.js';
import { MERMAID_CLASS } from './rehype-mermaid-blocks.js';

/** What a document uses that needs something extra in the page (a stylesheet, a script). */
export interface ContentFeatures {
  /** Rendered KaTeX: needs the KaTeX stylesheet and fonts. */
  math: boolean;
  /** Mermaid placeholders: needs the Mermaid script. */
  mermaid: boolean;
  /** Images: the page checks they loaded and puts a placeholder where one did not. */
  images: boolean;
  /** A character only the CJK fonts draw, anywhere in the source (metadata included): see needsCjkFonts. */
  cjk?: boolean;
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
      if (isHighlightedCode(node)) return SKIP;
      if (node.tagName === 'img') features.images = true;
      else if (hasClass(node, 'katex')) features.math = true;
      else if (hasClass(node, MERMAID_CLASS)) features.mermaid = true;
      if (features.math && features.mermaid && features.images) return EXIT;
    });
    file.data.features = features;
  };
}
