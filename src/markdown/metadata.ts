import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { documentDirection } from './direction.js';
import { DocumentError } from '../shared/errors.js';

/** A labelled line of the title block, e.g. `{ label: 'Author', value: 'Julian R.' }`. */
export interface MetadataField {
  key: string;
  label: string;
  value: string;
}

/** Per-document options a document may set for itself (an allow-list: nothing else is read). */
export interface DocumentOptions {
  toc?: boolean;
  tocDepth?: 2 | 3;
  orientation?: 'portrait' | 'landscape';
  cover?: boolean;
}

/** What a document says about itself: drives the title block, running header and PDF document info. */
export interface DocumentMetadata {
  title: string;
  author?: string;
  date?: string;
  subject?: string;
  keywords: string[];
  lang?: string;
  /** `rtl` lays the whole document out right to left (front matter `dir`, or a right-to-left `lang`). */
  dir?: 'ltr' | 'rtl';
  /** Lines shown under the title, in the order the document gives them. */
  fields: MetadataField[];
  options: DocumentOptions;
  /** True when the title was lifted out of the body's first H1 (so the body no longer has it). */
  titleFromHeading: boolean;
  /**
   * True when the title is not printed above the body: with no front-matter `title` and no leading H1 it
   * is the first heading's text (which stays where it is), or, with no heading at all, the file name.
   * It is still the PDF's Title and the running header; the title block keeps only its labelled lines.
   */
  titleInBody?: boolean;
  /** True when the document has no heading at all, so the title is its file name: never printed. */
  titleFromFileName?: boolean;
}

/** Keys shown in the title block when front matter sets them (header-block keys are always shown). */
const DISPLAYED_KEYS = ['author', 'date', 'project', 'version', 'status', 'team', 'owner', 'severity'];

/** `__author__: Julian R.` (the seed reports' header lines), trailing hard-break spaces or `\` allowed. */
const HEADER_LINE = /^__([A-Za-z][\w -]{0,40}?)__\s*:\s*(.*?)\s*\\?$/;

/** Turns `author` or `review_date` into `Author` / `Review date`. */
export function labelFor(key: string): string {
  const words = key.replace(/[_-]+/g, ' ').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** YAML dates and numbers become readable strings; lists are joined; objects are not metadata. */
function scalarText(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const parts = value.map(scalarText).filter((v): v is string => v !== undefined);
    return parts.length ? parts.join(', ') : undefined;
  }
  return undefined;
}

/** Reads the per-document options from front matter; ignores values of the wrong kind. */
export function readDocumentOptions(data: Record<string, unknown>): DocumentOptions {
  const options: DocumentOptions = {};
  if (typeof data.toc === 'boolean') options.toc = data.toc;
  const depth = data['toc-depth'] ?? data.tocDepth;
  if (depth === 2 || depth === 3) options.tocDepth = depth;
  if (data.orientation === 'landscape' || data.orientation === 'portrait')
    options.orientation = data.orientation;
  if (typeof data.cover === 'boolean') options.cover = data.cover;
  return options;
}

/**
 * Finds the header block: the paragraph right after the title whose every line is `__key__: value`.
 * Works on the source text of the paragraph because mdast no longer tells `__x__` from `**x**`.
 */
export function parseHeaderBlock(paragraph: Paragraph, source: string): MetadataField[] | undefined {
  const start = paragraph.position?.start.offset;
  const end = paragraph.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const lines = source.slice(start, end).split(/\r?\n/);
  const fields: MetadataField[] = [];
  for (const line of lines) {
    const match = HEADER_LINE.exec(line.trim());
    if (!match) return undefined;
    const key = match[1]!.trim().toLowerCase().replace(/\s+/g, '_');
    fields.push({ key, label: labelFor(key), value: match[2]! });
  }
  return fields.length ? fields : undefined;
}

function isFirstLevelHeading(node: RootContent | undefined): node is Heading {
  return node?.type === 'heading' && node.depth === 1;
}

/**
 * Extracts the document's metadata from its tree and takes what it consumed out of the body:
 * the front matter node (YAML or TOML), a leading H1 used as title, and the header block under it.
 * Title: front matter `title`, else a leading H1, else the first heading (H1 first), else `fallbackTitle`
 * (the file name); the last two are not printed as a title (see `titleInBody`).
 * @param data the front matter, already parsed by readFrontMatter.
 */
export function extractMetadata(
  tree: Root,
  source: string,
  fallbackTitle: string,
  data: Record<string, unknown> = {},
): DocumentMetadata {
  // mdast-util-frontmatter types only the yaml node; remark-frontmatter makes a `toml` one just the same.
  const matterIndex = tree.children.findIndex((node) => ['yaml', 'toml'].includes(node.type));
  if (matterIndex !== -1) tree.children.splice(matterIndex, 1);

  const frontTitle = scalarText(data.title);
  let title = frontTitle;
  let titleFromHeading = false;
  let fields: MetadataField[] = [];

  const first = tree.children[0];
  if (isFirstLevelHeading(first)) {
    // A leading H1 is the title when front matter gives none; its header block belongs to the title either way.
    const next = tree.children[1];
    const header = next?.type === 'paragraph' ? parseHeaderBlock(next, source) : undefined;
    if (!frontTitle) {
      title = toString(first).trim();
      titleFromHeading = true;
      tree.children.splice(0, header ? 2 : 1);
    } else if (header) {
      tree.children.splice(1, 1);
    }
    fields = header ?? [];
  } else if (first?.type === 'paragraph') {
    fields = parseHeaderBlock(first, source) ?? [];
    if (fields.length) tree.children.splice(0, 1);
  }
  // No title given and none leading the body: the first heading (an H1 if there is one, else the
  // first of any level, as in handbook chapters that start with `##`) names the document, and stays put.
  const titleInBody = !title;
  if (!title) {
    const headings = tree.children.filter((node): node is Heading => node.type === 'heading');
    const heading = headings.find(isFirstLevelHeading) ?? headings[0];
    title = heading ? toString(heading).trim() : undefined;
  }

  const headerValue = (key: string): string | undefined => fields.find((f) => f.key === key)?.value;
  const frontFields: MetadataField[] = DISPLAYED_KEYS.flatMap((key) => {
    const value = scalarText(data[key]);
    return value && !fields.some((f) => f.key === key) ? [{ key, label: labelFor(key), value }] : [];
  });

  const keywords = data.keywords ?? data.tags;
  const lang =
    typeof data.lang === 'string' && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(data.lang)
      ? data.lang
      : undefined;
  return {
    title: title || fallbackTitle,
    author: scalarText(data.author) ?? headerValue('author'),
    date: scalarText(data.date) ?? headerValue('date'),
    subject: scalarText(data.subject) ?? scalarText(data.description),
    keywords: Array.isArray(keywords)
      ? keywords.map(scalarText).filter((k): k is string => k !== undefined)
      : (scalarText(keywords)
          ?.split(',')
          .map((k) => k.trim())
          .filter(Boolean) ?? []),
    lang,
    dir: documentDirection(data.dir, lang),
    fields: [...frontFields, ...fields],
    options: readDocumentOptions(data),
    titleFromHeading,
    ...(titleInBody ? { titleInBody } : {}),
    ...(title ? {} : { titleFromFileName: true }),
  };
}

export { DocumentError };
