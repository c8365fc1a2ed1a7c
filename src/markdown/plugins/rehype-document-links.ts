import path from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import { fitFileName, MAX_FILE_NAME_BYTES } from '../../shared/file-name-limit.js';

/** What a document's links to other files of the repository can point to in this run. */
export interface LinkContext {
  /** The document's own workspace-relative path (forward slashes). */
  source: string;
  /** Workspace-relative paths of every document this run converts (matched by `files`, before sharding). */
  converted: ReadonlySet<string>;
  /**
   * Where a file of the repository is shown, e.g. `https://github.com/o/r/blob/<sha>/`: links to files not
   * converted go there. Without it (a CLI run outside GitHub), such links are kept as text, with a warning.
   */
  repositoryFileUrl?: string;
  /**
   * Where converted documents are published on their own (release assets: downloaded one by one, so a
   * relative link could not hold), by workspace-relative source path; links to them go there instead.
   */
  publishedPdfUrls?: ReadonlyMap<string, string>;
}

/** How one link to another file was resolved; the list goes into the incremental key. */
export interface ResolvedLink {
  /** Workspace-relative target path. */
  target: string;
  /** The href now written (empty when the link was kept as text). */
  href: string;
  /** The link's source line. */
  line?: number;
  /** A link to the file in the repository (not converted): whether it exists is checked (link-check.ts). */
  toRepository?: boolean;
  /** Set by the check when the repository has no such file: a dead link, reported. */
  missing?: boolean;
}

declare module 'vfile' {
  interface DataMap {
    /** Given by the caller: without it, links are left as written. */
    linkContext: LinkContext;
    /** Set by rehypeDocumentLinks. */
    links: ResolvedLink[];
  }
}

/** Only for resolving relative references; never written anywhere. */
const BASE = 'https://workspace.invalid/';
const SCHEME = /^[a-z][a-z\d+.-]*:/i;

/**
 * `a/b/c.md` → `a/b/c.pdf`: where the document's PDF goes under the output folder (folders are mirrored;
 * engine/discover.ts writes it there). A name too long for the file system once `.pdf` and the temporary
 * suffix are added is cut, with a short hash (see fitFileName), so links name the file actually written.
 */
export function pdfPathFor(source: string): string {
  const parsed = path.posix.parse(source);
  return path.posix.join(parsed.dir, fitFileName(parsed.name + '.pdf', MAX_FILE_NAME_BYTES, source));
}

/**
 * A relative reference from one file to another that a PDF viewer cannot mistake for a host name: it
 * always starts with `./` or `../` (`v1.2.pdf` alone may be taken for a domain).
 */
export function relativeReference(fromFile: string, toFile: string): string {
  const relative = path.posix.relative(path.posix.dirname(fromFile), toFile);
  return relative.startsWith('../') ? relative : `./${relative}`;
}

const encodePath = (p: string): string => p.split('/').map(encodeURIComponent).join('/');

/**
 * Links to other files of the repository (`[follow-up](follow-up.md#timeline)`, `../handbook/`):
 * - a document converted in this run: its PDF, relative to this one, with the fragment
 *   (`./follow-up.pdf#timeline`), or where it is published alone (a release asset);
 *   `data-md-pdf-target` names the source so the book can link inside itself;
 * - any other file: the file in the repository at the built commit, when there is one;
 * - otherwise the link text stays, as text, with a warning at the link's line: a link into the virtual
 *   origin the page is served from would be dead in every viewer.
 * A link to the document itself becomes an in-document link. Runs after the sanitizer.
 */
export function rehypeDocumentLinks() {
  return (tree: Root, file: VFile): void => {
    const context = file.data.linkContext;
    const links: ResolvedLink[] = [];
    file.data.links = links;
    if (!context) return;
    const base = new URL(encodePath(context.source), BASE);
    visit(tree, 'element', (node: Element, index, parent) => {
      const href = node.tagName === 'a' ? node.properties.href : undefined;
      if (typeof href !== 'string' || href === '' || href.startsWith('#')) return;
      if (SCHEME.test(href) || href.startsWith('//')) return;
      let url: URL;
      try {
        url = new URL(href, base);
      } catch {
        return;
      }
      let target: string;
      try {
        target = decodeURIComponent(url.pathname.slice(1));
      } catch {
        target = url.pathname.slice(1);
      }
      const fragment = url.hash;
      if (target === context.source) {
        node.properties.href = fragment || '#';
        return;
      }
      if (context.converted.has(target)) {
        const published = context.publishedPdfUrls?.get(target);
        node.properties.href =
          (published ?? encodePath(relativeReference(context.source, pdfPathFor(target)))) + fragment;
        node.properties.dataMdPdfTarget = target;
      } else if (context.repositoryFileUrl) {
        node.properties.href = context.repositoryFileUrl + encodePath(target) + url.search + fragment;
      } else {
        file.message(
          `the link to ${href} is printed as text: ${target || 'the repository root'} is not converted in this ` +
            'run (add it to `files`, or convert on GitHub, where such links go to the file in the repository)',
          node.position,
        );
        links.push({ target, href: '', line: node.position?.start.line });
        if (parent && index !== undefined) {
          parent.children.splice(index, 1, ...(node.children as ElementContent[]));
          return [SKIP, index];
        }
        return;
      }
      links.push({
        target,
        href: String(node.properties.href),
        line: node.position?.start.line,
        ...(context.converted.has(target) ? {} : { toRepository: true }),
      });
    });
  };
}
