import type { ElementContent } from 'hast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkMath from 'remark-math';
import { VFile } from 'vfile';
import { readFrontMatter } from './front-matter.js';
import type { FrontMatter } from './front-matter.js';
import type { DocumentMetadata } from './metadata.js';
import { sanitizeSchema } from './sanitize-schema.js';
import { remarkDocumentMetadata } from './plugins/remark-document-metadata.js';
import { rehypeUserContentLinks } from './plugins/rehype-user-content-links.js';
import { rehypeDocumentLinks } from './plugins/rehype-document-links.js';
import { rehypeHeadingDestinations } from './plugins/rehype-heading-destinations.js';
import type { LinkContext, ResolvedLink } from './plugins/rehype-document-links.js';
import { rehypeCollectAssets } from './plugins/rehype-collect-assets.js';
import type { DocumentAsset } from './plugins/rehype-collect-assets.js';
import { remarkMathDollarGuard } from './plugins/remark-math-dollar-guard.js';
import { remarkPageBreak } from './plugins/remark-page-break.js';
import { remarkCodeMeta } from './plugins/remark-code-meta.js';
import { rehypeMermaidBlocks } from './plugins/rehype-mermaid-blocks.js';
import { rehypeHighlightCode } from './plugins/rehype-highlight-code.js';
import { rehypeRawWhenNeeded } from './plugins/rehype-raw-when-needed.js';
import { rehypeGithubAlerts } from './plugins/rehype-github-alerts.js';
import { rehypeImageLines } from './plugins/rehype-image-lines.js';
import { rehypeDetailsOpen } from './plugins/rehype-details-open.js';
import { rehypeBlockLines } from './plugins/rehype-block-lines.js';
import { rehypeBlockDirection } from './plugins/rehype-block-direction.js';
import { rehypeCjkLang } from './plugins/rehype-cjk-lang.js';
import { rehypeContentFeatures } from './plugins/rehype-content-features.js';
import { rehypeKatexOnUse, remarkEmojiOnUse } from './plugins/load-on-use.js';
import { needsCjkFonts } from './font-coverage.js';
import { CJK_FONTS_STYLESHEET } from '../shared/runtime-assets.js';
import type { ContentFeatures } from './plugins/rehype-content-features.js';

export type { ContentFeatures, LinkContext, ResolvedLink };

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
  /** What the body uses that needs extra page assets (see pageAssetsFor). */
  features: ContentFeatures;
  /** Links to other files of the repository, as resolved (see rehypeDocumentLinks). */
  links: ResolvedLink[];
  warnings: DocumentWarning[];
}

/** Runtime files (paths on the runtime origin) a document needs for what its body uses. */
export interface PageAssets {
  stylesheets: string[];
  scripts: string[];
}

/**
 * The stylesheets and scripts to add to a document for its features, to pass to renderDocument's `extra`:
 * KaTeX's stylesheet only when there is math, Mermaid (~3 MB) only when there are diagrams.
 */
export function pageAssetsFor(features: ContentFeatures): PageAssets {
  const stylesheets: string[] = [];
  const scripts: string[] = [];
  if (features.math) stylesheets.push('katex/katex.min.css');
  if (features.cjk) stylesheets.push(CJK_FONTS_STYLESHEET);
  if (features.images) scripts.push('page-scripts/image-placeholders.js');
  if (features.mermaid) scripts.push('mermaid.min.js', 'page-scripts/mermaid-render.js');
  return { stylesheets, scripts };
}

/** The link from a footnote back to its reference: `↑`, numbered when a note is referenced twice. */
function footnoteBackContent(_reference: number, rereference: number): ElementContent[] {
  const arrow: ElementContent = { type: 'text', value: '↑' };
  if (rereference <= 1) return [arrow];
  return [
    arrow,
    {
      type: 'element',
      tagName: 'sup',
      properties: {},
      children: [{ type: 'text', value: String(rereference) }],
    },
  ];
}

/**
 * Builds the unified pipeline. Order matters for safety: everything the author wrote (Markdown and raw
 * HTML) is sanitized first; only then do our own trusted transforms add ids, classes and markup, so the
 * sanitizer never has to allow what only we may produce.
 */
function createProcessor(frontMatter: ProcessorKey) {
  const matter =
    frontMatter === 'toml'
      ? [{ type: 'toml' as const, marker: '+' as const }]
      : frontMatter === 'none'
        ? []
        : [{ type: 'yaml' as const, fence: { open: '---', close: frontMatter } }];
  return (
    unified()
      .use(remarkParse)
      .use(remarkFrontmatter, matter)
      .use(remarkGfm)
      .use(remarkMath)
      .use(remarkMathDollarGuard)
      .use(remarkEmojiOnUse, { accessible: false })
      .use(remarkPageBreak)
      .use(remarkCodeMeta)
      .use(remarkDocumentMetadata)
      // The sanitizer adds the `user-content-` prefix; remark-rehype must not add it a second time.
      .use(remarkRehype, {
        allowDangerousHtml: true,
        clobberPrefix: '',
        // GitHub's ↩ is an emoji-capable character none of our text fonts has, so it would come out in
        // the emoji font; ↑ is in Inter and says the same.
        footnoteBackContent: footnoteBackContent,
      })
      .use(rehypeRawWhenNeeded)
      .use(rehypeSanitize, sanitizeSchema)
      .use(rehypeSlug)
      .use(rehypeDocumentLinks)
      .use(rehypeUserContentLinks)
      // Our trusted transforms, on sanitized input. KaTeX renders HTML only: its MathML copy is hidden
      // on screen but would print as duplicate text in the PDF's text layer.
      .use(rehypeKatexOnUse, { output: 'html' })
      .use(rehypeMermaidBlocks)
      .use(rehypeHighlightCode)
      .use(rehypeGithubAlerts)
      .use(rehypeImageLines)
      .use(rehypeDetailsOpen)
      .use(rehypeBlockLines)
      .use(rehypeBlockDirection)
      .use(rehypeCjkLang)
      .use(rehypeCollectAssets)
      .use(rehypeContentFeatures)
      .use(rehypeHeadingDestinations)
      .use(rehypeStringify)
      .freeze()
  );
}

/** Which front matter a pipeline takes out: YAML closed by `---` or `...`, TOML, or none at all. */
type ProcessorKey = '---' | '...' | 'toml' | 'none';

function processorKey(frontMatter: FrontMatter): ProcessorKey {
  return frontMatter.kind === 'yaml' ? frontMatter.close : frontMatter.kind;
}

// Frozen pipelines, one per kind of front matter, built once and reused for every document.
const processors = new Map<ProcessorKey, ReturnType<typeof createProcessor>>();

function processorFor(key: ProcessorKey): ReturnType<typeof createProcessor> {
  let processor = processors.get(key);
  if (!processor) processors.set(key, (processor = createProcessor(key)));
  return processor;
}

/** A plugin's message in words a report author acts on: KaTeX's own parse error says what is wrong. */
function describeMessage(message: VFile['messages'][number]): string {
  if (message.source === 'rehype-katex' && message.cause instanceof Error)
    // KaTeX underlines the bad part with combining characters, which annotations show as noise.
    return `math could not be rendered: ${message.cause.message.replace(/\u0332/g, '')}`;
  return message.reason;
}

/**
 * Converts one Markdown document to sanitized body HTML plus its metadata. Pure: no I/O, the same
 * source always gives the same result. Throws DocumentError for problems that make the file unusable.
 * @param fallbackTitle title to use when the document has no front matter `title` and no heading.
 * @param linkContext what links to other files point to; without it they are left as written.
 */
export async function markdownToHtml(
  source: string,
  fallbackTitle: string,
  linkContext?: LinkContext,
): Promise<MarkdownResult> {
  // Front matter is read first: whether a leading `---` block is front matter decides how Markdown parses it.
  const frontMatter = readFrontMatter(source);
  const data = frontMatter.kind === 'none' ? {} : frontMatter.data;
  const file = new VFile({
    value: source,
    data: { fallbackTitle, frontMatter: data, ...(linkContext && { linkContext }) },
  });
  const processor = processorFor(processorKey(frontMatter));
  const html = String(await processor.process(file));
  const warnings: DocumentWarning[] =
    frontMatter.kind === 'none' && frontMatter.warning ? [frontMatter.warning] : [];
  return {
    html,
    metadata: file.data.metadata!,
    assets: file.data.assets ?? [],
    // The source, not the tree: the title and front matter have left the tree by now.
    features: {
      ...(file.data.features ?? { math: false, mermaid: false, images: false }),
      cjk: needsCjkFonts(source),
    },
    links: file.data.links ?? [],
    warnings: [
      ...warnings,
      ...file.messages.map((m) => ({ message: describeMessage(m), line: m.line ?? undefined })),
    ],
  };
}
