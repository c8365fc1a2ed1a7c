import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { extractMetadata } from '../metadata.js';
import type { DocumentMetadata } from '../metadata.js';

declare module 'vfile' {
  interface DataMap {
    /** Set by remarkDocumentMetadata. */
    metadata: DocumentMetadata;
    /** Fallback title (the file name) given by the caller. */
    fallbackTitle: string;
    /** The document's parsed front matter (YAML or TOML), given by the caller; absent when it has none. */
    frontMatter: Record<string, unknown>;
  }
}

/** Takes the front matter node out, reads the title and the header block into `file.data.metadata`, taking them out of the body. */
export function remarkDocumentMetadata() {
  return (tree: Root, file: VFile): void => {
    file.data.metadata = extractMetadata(
      tree,
      String(file.value),
      file.data.fallbackTitle ?? 'Untitled',
      file.data.frontMatter ?? {},
    );
  };
}
