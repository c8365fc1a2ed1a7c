import { WORKSPACE_ORIGIN } from '../shared/origins.js';
import path from 'node:path';
import { minimatch } from 'minimatch';
import type { ChangedFile } from './changed-files.js';
import { documentUrlFor, fallbackTitle } from './convert.js';
import type { RejectedFile, SourceFile } from './discover.js';
import { WORKSPACE_TYPES } from '../browser/request-guard.js';
import { loadProcessor } from '../markdown/load-processor.js';
import { readSource } from './read-source.js';

/** Why a document is in a preview: the change touched it, or an image (or other file) it loads. */
export type ChangeKind = 'new' | 'changed' | 'renamed' | 'asset';

/** The documents a change selects. */
export interface ChangedSelection {
  files: SourceFile[];
  rejected: RejectedFile[];
  /** Why each selected document is in (by workspace-relative source); absent when everything is converted. */
  kinds: Map<string, ChangeKind>;
  /** Markdown files the change deletes that the patterns would have matched. */
  removed: string[];
  /** One line for the log and the comment: what was selected and why. */
  note: string;
}

/** What decides the selection besides the changed list. */
export interface ChangedOnlyContext {
  workspace: string;
  /** The `files` patterns (workspace-relative, `!` excludes), to tell which removed files were documents. */
  patterns: readonly string[];
  /** Workspace-relative user stylesheet: changing it changes every PDF. */
  css?: string;
  maxFileSize: number;
}

/**
 * Files whose change means every PDF may change: the user stylesheet, and where the options are written:
 * the workflows, and the repository's own actions (a composite action may wrap this one with its options).
 */
function changesEveryDocument(file: ChangedFile, css: string | undefined): string | undefined {
  for (const changed of [file.path, file.previousPath]) {
    if (changed === undefined) continue;
    if (css !== undefined && changed === css) return `the stylesheet ${css} changed`;
    if (changed.startsWith('.github/workflows/')) return `the workflow ${changed} changed (options may have)`;
    if (changed.startsWith('.github/actions/')) return `the action ${changed} changed (options may have)`;
  }
  return undefined;
}

/** True when `relativePath` matches the patterns the way discover's glob does (last matching line wins). */
export function matchesPatterns(relativePath: string, patterns: readonly string[]): boolean {
  if (relativePath.split('/').includes('node_modules')) return false;
  let matched = false;
  for (const raw of patterns) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const negated = line.startsWith('!');
    const pattern = path.posix.normalize((negated ? line.slice(1) : line).replace(/^\.\//, ''));
    // Same options as @actions/glob: dot files match, no braces, no extglobs.
    const options = { dot: true, nobrace: true, noext: true, nocomment: true, nonegate: true };
    if (minimatch(relativePath, pattern, options) || minimatch(relativePath, `${pattern}/**`, options)) {
      matched = !negated;
    }
  }
  return matched;
}

/** The workspace files (relative paths) a document loads: images by URL, resolved as the page resolves them. */
async function workspaceAssetsOf(file: SourceFile, maxFileSize: number): Promise<string[]> {
  const source = await readSource(file.path, maxFileSize);
  const { markdownToHtml } = await loadProcessor();
  const { assets } = await markdownToHtml(source.text, fallbackTitle(file.relativePath));
  const base = documentUrlFor(file.relativePath);
  const found: string[] = [];
  for (const asset of assets) {
    try {
      const url = new URL(asset.url, base);
      if (url.origin !== WORKSPACE_ORIGIN) continue;
      found.push(path.posix.normalize(decodeURIComponent(url.pathname)).replace(/^\/+/, ''));
    } catch {
      // An unparsable URL loads nothing; the conversion reports it.
    }
  }
  return found;
}

/**
 * The documents a change selects: the Markdown files it adds, modifies or renames, plus the documents that
 * load a file it changes (an image, for example; found by the same Markdown stage incremental builds use).
 * A changed stylesheet or workflow selects every document. Deleted documents are listed as `removed`.
 */
export async function selectChangedDocuments(
  found: { files: readonly SourceFile[]; rejected: readonly RejectedFile[] },
  changed: readonly ChangedFile[],
  context: ChangedOnlyContext,
): Promise<ChangedSelection> {
  const everything = changed.map((file) => changesEveryDocument(file, context.css)).find(Boolean);
  if (everything) {
    return {
      files: [...found.files],
      rejected: [...found.rejected],
      kinds: new Map(),
      removed: [],
      note: `Converting every document: ${everything}`,
    };
  }
  const byPath = new Map(changed.filter((f) => f.status !== 'removed').map((f) => [f.path, f]));
  const kinds = new Map<string, ChangeKind>();
  for (const file of found.files) {
    const change = byPath.get(file.relativePath);
    if (change)
      kinds.set(
        file.relativePath,
        change.status === 'added' ? 'new' : change.status === 'renamed' ? 'renamed' : 'changed',
      );
  }
  // Any file a page can load that the change touches (even removes: the image is then missing) may be a
  // document's asset. Other files (code, data) cannot be one, and cost no Markdown pass.
  const touched = new Set(
    changed
      .flatMap((f) => [f.path, ...(f.previousPath ? [f.previousPath] : [])])
      .filter((p) => WORKSPACE_TYPES.has(path.posix.extname(p).toLowerCase())),
  );
  if (touched.size > 0) {
    for (const file of found.files) {
      if (kinds.has(file.relativePath)) continue;
      // A document that cannot be read is converted, so its error is reported rather than hidden.
      const assets = await workspaceAssetsOf(file, context.maxFileSize).catch(() => undefined);
      if (!assets || assets.some((asset) => touched.has(asset))) kinds.set(file.relativePath, 'asset');
    }
  }
  const files = found.files.filter((f) => kinds.has(f.relativePath));
  const rejected = found.rejected.filter((r) => byPath.has(r.relativePath));
  const removed = changed
    .filter((f) => f.status === 'removed' && matchesPatterns(f.path, context.patterns))
    .map((f) => f.path)
    .sort();
  const count = files.length + rejected.length;
  const note =
    count === 0
      ? `No document changed (${changed.length} changed file${changed.length === 1 ? '' : 's'}); nothing to convert`
      : `Converting the ${count} changed document${count === 1 ? '' : 's'} of ${found.files.length + found.rejected.length}`;
  return { files, rejected, kinds, removed, note };
}
