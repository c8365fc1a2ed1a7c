import { OptionError } from '../shared/errors.js';
import { PAGE_SIZES, THEMES } from '../document/page-settings.js';
import type { PageSize, ThemeName, TocDepth } from '../document/page-settings.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { posixRelative } from '../shared/format.js';
import { LAYOUT_ENGINE_CHOICES } from '../document/layout-engine.js';
import type { LayoutEngineChoice } from '../document/layout-engine.js';
import type { Provenance } from '../shared/provenance.js';

/** Everything the engine needs to turn Markdown files into PDFs; resolved for both shells by options/resolve.ts. */
export interface ConvertOptions {
  /** Absolute path of the workspace: documents may read nothing outside it. */
  workspace: string;
  /** Absolute path of the folder the PDFs are written to (mirroring the source folders). */
  outputDir: string;
  theme: ThemeName;
  pageSize: PageSize;
  /** How many documents are printed at once (pages of one browser). */
  concurrency: number;
  /** Time limit per file, in milliseconds, for load, layout and print together. */
  timeoutMs: number;
  /** Explicit browser executable; otherwise it is looked up (see browser/find-chrome). */
  chromePath?: string;
  /** Refuse source files larger than this many bytes. */
  maxFileSize: number;
  /** Let documents load http(s) images from public addresses. */
  allowRemoteAssets: boolean;
  /** Fixed creation/modification date for reproducible PDFs (SOURCE_DATE_EPOCH). */
  sourceDate?: Date;
  /** A "Contents" page listing the headings with page numbers (a document's front matter `toc` wins). */
  toc?: boolean;
  /** Deepest heading level the contents list: 2 (H2) or 3 (H2 and H3); front matter `toc-depth` wins. */
  tocDepth?: TocDepth;
  /** A title page made from the metadata instead of the title block (front matter `cover` wins). */
  cover?: boolean;
  /**
   * Running header template (`{title}`, `{author}`, `{date}`, `{section}`, `{page}`, `{pages}`, `{sha}`,
   * `{ref}`, `{run}`); `none` = no header.
   */
  header?: string;
  /** Footer template, same placeholders; `none` = no footer. */
  footer?: string;
  /**
   * The user's stylesheet, applied after the theme: a workspace-relative path (forward slashes), served to
   * the page from the workspace; or (CLI only) the absolute path of a file outside the workspace, whose
   * text is embedded in each document (so the page still reads nothing outside the workspace).
   */
  css?: string;
  /** Absolute path of a book PDF that joins every converted document, in glob order. */
  merge?: string;
  /** Title on the book's cover; default: the book's file name. */
  mergeTitle?: string;
  /**
   * Keep a manifest in the output folder and skip documents whose source, images, options and tool are
   * unchanged since the PDF was written (see incremental.ts). A new option must be classified there.
   */
  incremental?: boolean;
  /** Also write the exact HTML document that was printed, as `<name>.html` next to the PDF (debugging, benchmarks). */
  keepHtml?: boolean;
  /**
   * Who paginates: `auto` (default) lets Chromium do it unless a document needs Paged.js; `pagedjs`
   * always uses Paged.js (see layout-engine.ts). For comparisons and as an escape hatch.
   */
  layoutEngine?: LayoutEngineChoice;
  /**
   * Workspace-relative paths of every document the run's patterns match, before sharding: a link to one
   * of them points to its PDF. Default: the files handed to convert.
   */
  documentSet?: readonly string[];
  /**
   * Where a repository file is shown (`{server}/{owner}/{repo}/blob/{sha}/`): links to files that are not
   * converted go there. Without it (the CLI outside GitHub) such links are printed as text, with a warning.
   */
  repositoryFileUrl?: string;
  /**
   * Where each document's PDF is published on its own, by workspace-relative source path (the release
   * assets' download URLs): links between documents go there instead of to the PDF beside them.
   */
  publishedPdfUrls?: ReadonlyMap<string, string>;
  /** Values of the `{sha}`, `{ref}` and `{run}` placeholders, read by the shell from the run or the checkout. */
  provenance?: Provenance;
  /** Light diagonal text on every page, behind the content (e.g. `PREVIEW`). */
  watermark?: string;
}

/** The engine defaults, as src/options/table.ts declares them for both shells (a test keeps them in step). */
export const DEFAULTS = Object.freeze({
  theme: 'report' as ThemeName,
  pageSize: 'A4' as PageSize,
  timeoutSeconds: 120,
  maxFileSize: 10 * 1024 * 1024,
  outputDir: 'pdf',
  patterns: ['**/*.md'],
  toc: false,
  tocDepth: 2 as TocDepth,
  cover: false,
  layoutEngine: 'auto' as LayoutEngineChoice,
});

/** Default concurrency: one page per CPU, measured to be the best trade-off on 2-core runners. */
export function defaultConcurrency(): number {
  return Math.max(1, os.availableParallelism());
}

/** Parses a `SOURCE_DATE_EPOCH` value (seconds); undefined when absent, an error when malformed. */
export function parseSourceDateEpoch(value: string | undefined): Date | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (!/^\d+$/.test(value.trim())) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds, got "${value}"`);
  return new Date(Number(value.trim()) * 1000);
}

/** Accepts `a4`, `A4`, `letter`…; `name` is the input or flag, for the error message. */
export function parsePageSize(value: string, name: string): PageSize {
  const found = PAGE_SIZES.find((size) => size.toLowerCase() === value.trim().toLowerCase());
  if (!found) throw new OptionError(`${name} must be one of ${PAGE_SIZES.join(', ')}; got "${value}"`);
  return found;
}

/** Accepts one of the shipped theme names. */
export function parseTheme(value: string, name: string): ThemeName {
  const found = THEMES.find((theme) => theme === value.trim().toLowerCase());
  if (!found) throw new OptionError(`${name} must be one of ${THEMES.join(', ')}; got "${value}"`);
  return found;
}

export function parseLayoutEngine(value: string, name: string): LayoutEngineChoice {
  const found = LAYOUT_ENGINE_CHOICES.find((choice) => choice === value.trim().toLowerCase());
  if (!found)
    throw new OptionError(`${name} must be one of ${LAYOUT_ENGINE_CHOICES.join(', ')}; got "${value}"`);
  return found;
}

/** Parses a whole number within [min, max]. */
export function parseInteger(value: string, name: string, min: number, max: number): number {
  const trimmed = value.trim();
  const number = Number(trimmed);
  if (!/^\d+$/.test(trimmed) || number < min || number > max) {
    throw new OptionError(`${name} must be a whole number from ${min} to ${max}; got "${value}"`);
  }
  return number;
}

/** Parses a size such as `10MB`, `512KB` or a plain byte count. */
export function parseByteSize(value: string, name: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*$/i.exec(value);
  if (!match) throw new OptionError(`${name} must be a size like 10MB or 512KB; got "${value}"`);
  const unit = (match[2] ?? 'b').toLowerCase();
  const factor = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 }[unit as 'b' | 'kb' | 'mb' | 'gb'];
  const bytes = Math.round(Number(match[1]) * factor);
  if (bytes < 1) throw new OptionError(`${name} must be larger than zero; got "${value}"`);
  return bytes;
}

/** Parses `true`/`false` the way YAML users write them. */
export function parseBoolean(value: string, name: string): boolean {
  const v = value.trim().toLowerCase();
  if (['true', 'yes', 'on', '1'].includes(v)) return true;
  if (['false', 'no', 'off', '0', ''].includes(v)) return false;
  throw new OptionError(`${name} must be true or false; got "${value}"`);
}

/** Parses a table-of-contents depth: 2 or 3. */
export function parseTocDepth(value: string, name: string): TocDepth {
  const depth = value.trim();
  if (depth === '2' || depth === '3') return Number(depth) as TocDepth;
  throw new OptionError(`${name} must be 2 (H2 only) or 3 (H2 and H3); got "${value}"`);
}

/** A header/footer template: at most one line of 200 characters, so it fits in a page margin. */
export function parseTemplate(value: string, name: string): string {
  const template = value.trim();
  if (/[\r\n]/.test(template) || template.length > 200) {
    throw new OptionError(`${name} must be one line of at most 200 characters; got "${value}"`);
  }
  return template;
}

/** A watermark: one line of at most 60 characters (it must fit across a page); empty = none. */
export function parseWatermark(value: string, name: string): string | undefined {
  const text = value.trim();
  if (/[\r\n]/.test(text) || [...text].length > 60) {
    throw new OptionError(`${name} must be one line of at most 60 characters; got "${value}"`);
  }
  return text || undefined;
}

/**
 * Resolves the user stylesheet: a file inside the workspace, returned workspace-relative with forward
 * slashes (it is served to the page from the workspace origin, like the documents' images).
 */
export function parseStylesheetPath(value: string, workspace: string, name: string): string {
  const file = path.resolve(workspace, value.trim());
  const relative = path.relative(workspace, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new OptionError(`${name} must be a file inside the workspace; got "${value}"`);
  }
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(file);
  } catch {
    stat = undefined;
  }
  if (!stat?.isFile()) throw new OptionError(`${name}: no such file "${value}"`);
  // The page is served only what really lies in the workspace: refuse a symlink out of it here, clearly.
  const real = path.relative(fs.realpathSync(workspace), fs.realpathSync(file));
  if (real.startsWith('..') || path.isAbsolute(real)) {
    throw new OptionError(`${name} is a symlink to a file outside the workspace; got "${value}"`);
  }
  return posixRelative(workspace, file);
}

/**
 * Resolves a stylesheet the CLI user names (`--css`): any readable file, relative to `cwd`. The user
 * runs the command on their own files, so unlike the action's `css` it is not fenced to the workspace.
 * Returns a workspace-relative path when it really lies inside the workspace (served like today, so its
 * relative `url()`s resolve), else its absolute real path (embedded in the document; see ConvertOptions).
 */
export function parseAnyStylesheetPath(value: string, cwd: string, workspace: string, name: string): string {
  const file = path.resolve(cwd, value.trim());
  let real: string;
  try {
    real = fs.realpathSync(file);
  } catch {
    throw new OptionError(`${name}: no such file "${value}"`);
  }
  if (!fs.statSync(real).isFile()) throw new OptionError(`${name}: "${value}" is not a file`);
  const inside = path.relative(fs.realpathSync(workspace), real);
  if (inside !== '' && !inside.startsWith('..') && !path.isAbsolute(inside)) {
    return inside.split(path.sep).join('/');
  }
  return real;
}

/**
 * Resolves the book's file name against the output folder (`.pdf` is added when missing). It must stay
 * inside the output folder: a workflow (or a PR changing it) cannot write the book anywhere else.
 */
export function parseMergePath(value: string, outputDir: string, name: string): string {
  const trimmed = value.trim();
  const withExtension = /\.pdf$/i.test(trimmed) ? trimmed : `${trimmed}.pdf`;
  const file = path.resolve(outputDir, withExtension);
  const relative = path.relative(outputDir, file);
  if (!trimmed || relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new OptionError(`${name} must be a PDF file name inside the output folder; got "${value}"`);
  }
  return file;
}
