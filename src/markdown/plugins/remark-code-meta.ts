import type { Code, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

declare module 'vfile' {
  interface DataMap {
    /** Set by remarkCodeMeta: fence meta strings by the source offset where their block starts. */
    codeMeta: Record<number, string>;
  }
}

/**
 * Keeps each fence's meta string (```` ```go showLineNumbers ````: `showLineNumbers`) where the rehype
 * side can find it. remark-rehype puts it on the `<code>` element's `data`, but rehype-raw rebuilds the
 * tree and drops `data`; positions survive, so the block's start offset is the key.
 */
export function remarkCodeMeta() {
  return (tree: Root, file: VFile): void => {
    const metas: Record<number, string> = {};
    visit(tree, 'code', (node: Code) => {
      const offset = node.position?.start.offset;
      if (node.meta && offset !== undefined) metas[offset] = node.meta;
    });
    file.data.codeMeta = metas;
  };
}
