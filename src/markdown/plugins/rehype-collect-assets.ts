import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import { isHighlightedCode } from './highlighted-code.js';

/** A file or URL the document loads (today: images), with the line that asks for it. */
export interface DocumentAsset {
  url: string;
  line?: number;
}

declare module 'vfile' {
  interface DataMap {
    /** Set by rehypeCollectAssets. */
    assets: DocumentAsset[];
  }
}

/**
 * Records every image the (sanitized) document loads and its source line, so a blocked or missing image
 * can be reported at file:line and incremental builds can hash what a document depends on.
 */
export function rehypeCollectAssets() {
  return (tree: Root, file: VFile): void => {
    const assets: DocumentAsset[] = [];
    visit(tree, 'element', (node: Element) => {
      if (isHighlightedCode(node)) return SKIP;
      const src = node.tagName === 'img' ? node.properties.src : undefined;
      if (typeof src === 'string' && src !== '') assets.push({ url: src, line: node.position?.start.line });
    });
    file.data.assets = assets;
  };
}
