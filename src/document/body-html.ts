import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';

/*
 * Reads and rewrites a document's finished body HTML: the headings for the table of contents, and the
 * id/URL rewriting that lets several documents share one book. Working on the final HTML (not inside the
 * Markdown pipeline) sees the headings exactly as they are printed, whatever the content plugins did.
 */

/** A heading listed in a table of contents. */
export interface BodyHeading {
  /** 1–6. */
  level: number;
  /** The heading's id (the GitHub slug), so the entry can link to it. */
  id: string;
  /** Plain text, for bookmarks and tests. */
  text: string;
  /** The heading's inline markup (code, emphasis, math) without ids, links or footnote marks. */
  html: string;
}

const parser = unified().use(rehypeRaw).freeze();
const serializer = unified().use(rehypeStringify).freeze();

/** Parses body HTML (a fragment) into a hast tree; rehype-raw reuses the parser the pipeline already has. */
export function parseBody(html: string): Root {
  const raw = { type: 'root', children: [{ type: 'raw', value: html }] } as unknown as Root;
  return parser.runSync(raw) as Root;
}

/** Serializes a tree (or a list of nodes) back to HTML. */
export function serializeBody(nodes: Root | RootContent[]): string {
  const root: Root = Array.isArray(nodes) ? { type: 'root', children: nodes } : nodes;
  return serializer.stringify(root);
}

const HEADING = /^h([1-6])$/;

/** Containers whose headings are not part of the document's structure (asides, notes, table cells). */
function isAside(node: Element): boolean {
  if (['blockquote', 'details', 'table', 'li', 'figure', 'nav', 'aside'].includes(node.tagName)) return true;
  const classes = node.properties.className;
  return (
    node.properties.dataFootnotes !== undefined ||
    (Array.isArray(classes) && classes.some((c) => typeof c === 'string' && c.startsWith('markdown-alert')))
  );
}

function isFootnoteReference(node: ElementContent): boolean {
  if (node.type !== 'element') return false;
  if (node.properties.dataFootnoteRef !== undefined) return true;
  return node.tagName === 'sup' && node.children.some(isFootnoteReference);
}

/** A heading's content as it should read in a contents list: no ids, no nested links, no footnote marks. */
function entryContent(nodes: readonly ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  for (const node of nodes) {
    if (node.type !== 'element') {
      if (node.type === 'text') out.push({ type: 'text', value: node.value });
      continue;
    }
    if (isFootnoteReference(node)) continue;
    if (node.tagName === 'a') {
      out.push(...entryContent(node.children));
      continue;
    }
    const properties: Properties = { ...node.properties };
    delete properties.id;
    delete properties.name;
    out.push({ ...node, properties, children: entryContent(node.children) });
  }
  return out;
}

/**
 * The document's structural headings down to `maxLevel`, in order. Headings inside quotes, lists, tables,
 * alerts and footnotes are asides, not sections, and are left out; so are headings without an id.
 */
export function collectHeadings(tree: Root, maxLevel: number): BodyHeading[] {
  const headings: BodyHeading[] = [];
  const walk = (nodes: readonly RootContent[]): void => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      const match = HEADING.exec(node.tagName);
      if (match) {
        const level = Number(match[1]);
        const id = node.properties.id;
        if (level <= maxLevel && typeof id === 'string' && id !== '') {
          const content = entryContent(node.children);
          const text = toString({ type: 'element', tagName: 'span', properties: {}, children: content })
            .replace(/\s+/g, ' ')
            .trim();
          if (text) headings.push({ level, id, text, html: serializeBody(content) });
        }
        continue;
      }
      if (!isAside(node)) walk(node.children);
    }
  };
  walk(tree.children);
  return headings;
}

/** Properties that hold a list of ids (hast keeps space-separated lists as arrays). */
const ID_LIST_PROPERTIES = [
  'ariaDescribedBy',
  'ariaLabelledBy',
  'ariaControls',
  'ariaOwns',
  'htmlFor',
  'headers',
];
/** Properties that hold one URL. */
const URL_PROPERTIES = ['href', 'src', 'poster', 'xLinkHref', 'cite'];

function rebaseUrl(value: string, prefix: string, baseUrl: string): string {
  if (value.startsWith('#')) {
    let fragment = value.slice(1);
    try {
      fragment = decodeURIComponent(fragment);
    } catch {
      // Keep a malformed escape as written; it simply matches nothing, as it would have before.
    }
    return `#${prefix}${fragment}`;
  }
  try {
    return new URL(value, baseUrl).href;
  } catch {
    return value;
  }
}

function rebaseSrcset(value: string, baseUrl: string): string {
  return value
    .split(',')
    .map((candidate) => {
      const [url, ...descriptor] = candidate.trim().split(/\s+/);
      return url ? [rebaseUrl(url, '', baseUrl), ...descriptor].join(' ') : candidate;
    })
    .join(', ');
}

/**
 * Makes a document's body safe to place next to others in one page: every id gets `prefix` (and every
 * in-document reference with it, so links, footnotes and labels keep their targets), and relative URLs
 * are resolved against the document's own URL, so its images still load from its folder.
 */
export function namespaceBody(tree: Root, prefix: string, baseUrl: string): Root {
  const visitNodes = (nodes: readonly RootContent[]): void => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      const props = node.properties;
      if (typeof props.id === 'string' && props.id !== '') props.id = prefix + props.id;
      if (typeof props.name === 'string' && node.tagName === 'a') props.name = prefix + props.name;
      for (const key of ID_LIST_PROPERTIES) {
        const value = props[key];
        if (Array.isArray(value)) props[key] = value.map((id) => prefix + String(id));
        else if (typeof value === 'string') props[key] = value.split(/\s+/).map((id) => prefix + id);
      }
      for (const key of URL_PROPERTIES) {
        const value = props[key];
        if (typeof value === 'string' && value !== '') props[key] = rebaseUrl(value, prefix, baseUrl);
      }
      const srcSet: unknown = props.srcSet;
      if (typeof srcSet === 'string') props.srcSet = rebaseSrcset(srcSet, baseUrl);
      else if (Array.isArray(srcSet)) props.srcSet = rebaseSrcset(srcSet.join(', '), baseUrl);
      if (node.tagName === 'template') continue;
      visitNodes(node.children);
    }
  };
  visitNodes(tree.children);
  return tree;
}

/**
 * Moves every heading one level down (h1 → h2 … h5 → h6; h6 stays) when the body has an h1: in a book the
 * document's title is the h1, so sections written as `#` must sit under it, in the bookmarks and the
 * contents alike. Returns whether anything moved.
 */
export function demoteHeadings(tree: Root): boolean {
  const headings: Element[] = [];
  const walk = (nodes: readonly RootContent[]): void => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      if (HEADING.test(node.tagName)) headings.push(node);
      walk(node.children);
    }
  };
  walk(tree.children);
  if (!headings.some((h) => h.tagName === 'h1')) return false;
  for (const heading of headings) heading.tagName = `h${Math.min(6, Number(heading.tagName[1]) + 1)}`;
  return true;
}

/** A document of a book, as linkChapters sees it: its source path, its namespaced body, its title's id. */
export interface ChapterTree {
  source: string;
  /** The prefix namespaceBody gave its ids. */
  prefix: string;
  tree: Root;
  titleId: string;
}

/**
 * In a book, a link from one document to another that the book holds (marked `data-md-pdf-target` by
 * rehype-document-links.ts) jumps inside the book: to the heading its fragment names, in that document's
 * namespace, or to the document's title when there is no fragment or no such heading. Links to documents
 * the book does not hold are left to point to their PDFs.
 */
export function linkChapters(chapters: readonly ChapterTree[]): void {
  const bySource = new Map(chapters.map((c) => [c.source, c]));
  const ids = new Map<ChapterTree, Set<string>>();
  const idsOf = (chapter: ChapterTree): Set<string> => {
    let found = ids.get(chapter);
    if (!found) {
      found = new Set();
      const walk = (nodes: readonly RootContent[]) => {
        for (const node of nodes) {
          if (node.type !== 'element') continue;
          if (typeof node.properties.id === 'string') found!.add(node.properties.id);
          walk(node.children);
        }
      };
      walk(chapter.tree.children);
      ids.set(chapter, found);
    }
    return found;
  };
  for (const { tree } of chapters) {
    const walk = (nodes: readonly RootContent[]) => {
      for (const node of nodes) {
        if (node.type !== 'element') continue;
        const target = node.properties.dataMdPdfTarget;
        const chapter = typeof target === 'string' ? bySource.get(target) : undefined;
        if (chapter && typeof node.properties.href === 'string') {
          let fragment = '';
          try {
            fragment = decodeURIComponent(new URL(node.properties.href).hash.slice(1));
          } catch {
            // No readable fragment: the link goes to the document's title.
          }
          const candidates = fragment
            ? [chapter.prefix + fragment, `${chapter.prefix}user-content-${fragment}`]
            : [];
          const id = candidates.find((c) => idsOf(chapter).has(c)) ?? chapter.titleId;
          node.properties.href = `#${id}`;
          delete node.properties.dataMdPdfTarget;
        }
        walk(node.children);
      }
    };
    walk(tree.children);
  }
}
