import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { findFrontMatterClose } from './front-matter.js';
import type { FrontMatterClose } from './front-matter.js';
import type { DocumentMetadata } from './metadata.js';
import { sanitizeSchema } from './sanitize-schema.js';
import { remarkDocumentMetadata } from './plugins/remark-document-metadata.js';
import { rehypeUserContentLinks } from './plugins/rehype-user-content-links.js';
import { rehypeCollectAssets } from './plugins/rehype-collect-assets.js';
import type { DocumentAsset } from './plugins/rehype-collect-assets.js';

/** A non-fatal problem found while converting, with its 1-based source line when known. */
export interface DocumentWarning {
  message: string;
  line?: number;
}

/** The body HTML of one document and what it says about itself. */
export interface MarkdownResult {
  html: string;
  metadata: DocumentMetadata;
  /** Images the document loads, with their source lines. */
  assets: DocumentAsset[];
  warnings: DocumentWarning[];
}

/**
 * Builds the unified pipeline. Order matters for safety: everything the author wrote (Markdown and raw
 * HTML) is sanitized first; only then do our own trusted transforms add ids, classes and markup, so the
 * sanitizer never has to allow what only we may produce.
 */
function createProcessor(frontMatterClose: FrontMatterClose) {
  return (
    unified()
      .use(remarkParse)
      .use(remarkFrontmatter, [{ type: 'yaml', fence: { open: '---', close: frontMatterClose } }])
      .use(remarkGfm)
      .use(remarkDocumentMetadata)
      // The sanitizer adds the `user-content-` prefix; remark-rehype must not add it a second time.
      .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: '' })
      .use(rehypeRaw)
      .use(rehypeSanitize, sanitizeSchema)
      .use(rehypeSlug)
      .use(rehypeUserContentLinks)
      .use(rehypeCollectAssets)
      .use(rehypeStringify)
      .freeze()
  );
}

// Two frozen pipelines, one per front-matter closing fence, built once and reused for every document.
const processors = new Map<FrontMatterClose, ReturnType<typeof createProcessor>>();

function processorFor(close: FrontMatterClose): ReturnType<typeof createProcessor> {
  let processor = processors.get(close);
  if (!processor) processors.set(close, (processor = createProcessor(close)));
  return processor;
}

/**
 * Converts one Markdown document to sanitized body HTML plus its metadata. Pure: no I/O, the same
 * source always gives the same result. Throws DocumentError for problems that make the file unusable.
 * @param fallbackTitle title to use when the document has neither front matter `title` nor an H1.
 */
export async function markdownToHtml(source: string, fallbackTitle: string): Promise<MarkdownResult> {
  const file = new VFile({ value: source, data: { fallbackTitle } });
  const processor = processorFor(findFrontMatterClose(source) ?? '---');
  const html = String(await processor.process(file));
  return {
    html,
    metadata: file.data.metadata!,
    assets: file.data.assets ?? [],
    warnings: file.messages.map((m) => ({ message: m.reason, line: m.line ?? undefined })),
  };
}
