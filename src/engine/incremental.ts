import { WORKSPACE_ORIGIN } from '../shared/origins.js';
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { resolveWorkspaceFile } from '../browser/request-guard.js';
import type { SourceFile } from './discover.js';
import { posixRelative } from '../shared/format.js';
import type { DocumentAsset } from '../markdown/plugins/rehype-collect-assets.js';
import type { DocumentWarning, ResolvedLink } from '../markdown/processor.js';
import type { ConvertOptions } from './options.js';
import { readUserStylesheet } from './user-stylesheet.js';
import type { UserStylesheet } from './user-stylesheet.js';
import { usedProvenance } from '../shared/provenance.js';
import { writeFileAtomic } from '../shared/write-file.js';
import { errorMessage } from '../shared/errors.js';
import { toolFingerprint } from './tool-fingerprint.js';

/** The manifest's file name, inside the output folder (a dotfile: never uploaded, never globbed as a PDF). */
export const MANIFEST_NAME = '.md-pdf-manifest.json';

/** Bumped whenever the manifest's shape or the meaning of a hash changes: an older manifest is then ignored. */
const MANIFEST_FORMAT = 'md-pdf-manifest/1';

/**
 * Every engine option, marked by whether it changes the PDFs. It is typed over all keys of
 * ConvertOptions, so a new option does not compile until someone decides which kind it is. `true` options
 * go into the options hash: changing one renders every document again.
 */
export const AFFECTS_OUTPUT: Readonly<Record<keyof ConvertOptions, boolean>> = Object.freeze({
  workspace: false, // the page sees virtual URLs, never the folder's real path
  outputDir: false,
  theme: true,
  pageSize: true,
  concurrency: false,
  timeoutMs: false, // a timeout fails the file, and failures are never kept
  chromePath: false, // which browser (and its version) is part of the tool fingerprint instead
  maxFileSize: false, // same: it can only fail a file
  allowRemoteAssets: true,
  sourceDate: true,
  toc: true,
  tocDepth: true,
  cover: true,
  header: true,
  footer: true,
  css: true, // the path here; the file's content is hashed too (see optionsKey)
  merge: false, // only the book, which is always written again
  mergeTitle: false,
  incremental: false,
  keepHtml: false, // an extra file next to the PDF, not a change to it
  layoutEngine: true,
  // What links resolve to is part of each document's own key (keyFor's `links`), so a new file or a new
  // commit renders again only the documents that link to it.
  documentSet: false,
  repositoryFileUrl: false,
  publishedPdfUrls: false,
  provenance: false, // only the values the templates use: see optionsKey
  watermark: true,
});

/** What a PDF was made from. When all four match the manifest (and the PDF is intact) it is kept. */
export interface BuildKey {
  /** SHA-256 of the Markdown text. */
  source: string;
  /** SHA-256 over every image the document loads: workspace files by content, remote ones by URL. */
  assets: string;
  /** SHA-256 of the options that change the output, including the user stylesheet's content. */
  options: string;
  /** `<version>+<fingerprint>` of our code, runtime files (Paged.js, themes, fonts) and the browser. */
  tool: string;
}

/** One kept PDF, as the manifest records it. */
export interface ManifestEntry extends BuildKey {
  /** Path of the PDF relative to the output folder, forward slashes. */
  pdf: string;
  /** SHA-256 of the PDF file, so a PDF that was replaced or half-overwritten is never trusted. */
  pdfSha256: string;
  pages: number;
  bytes: number;
  /** The warnings of the render, reported again each time the PDF is kept. */
  warnings: DocumentWarning[];
}

/** Why a document is rendered (again). */
export type RenderReason = 'new' | 'source' | 'assets' | 'options' | 'tool' | 'pdf';

const REASON_WORDS: Readonly<Record<RenderReason, string>> = Object.freeze({
  new: 'new',
  source: 'changed',
  assets: 'image changed',
  options: 'options changed',
  tool: 'tool or browser changed',
  pdf: 'PDF missing or modified',
});

function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** JSON with object keys sorted at every level, so the same options always give the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    return Object.fromEntries(
      Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
    );
  });
}

/**
 * Hash of the options that change the output (see AFFECTS_OUTPUT; an option missing from that table counts
 * as changing it) plus the content of the user stylesheet, whose changes matter as much as its path.
 */
export async function optionsKey(
  options: ConvertOptions,
  /** The run's stylesheet, as convert() read it (read here when not given). */
  stylesheet?: UserStylesheet,
): Promise<string> {
  const relevant: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(options)) {
    if ((AFFECTS_OUTPUT as Record<string, boolean | undefined>)[name] !== false) relevant[name] = value;
  }
  // A template with {sha}/{ref}/{run} makes every PDF depend on that value; without one, none does.
  const provenance = usedProvenance([options.header, options.footer], options.provenance);
  if (Object.keys(provenance).length > 0) relevant.provenance = provenance;
  if (options.css) {
    const css = (stylesheet ?? (await readUserStylesheet(options).catch(() => undefined)))?.bytes;
    relevant.cssContent = css ? sha256(css) : 'missing';
  }
  return sha256(canonicalJson(relevant));
}

/** Why the document must be rendered, or undefined when the manifest's PDF may be kept (if it is intact). */
export function staleReason(
  entry: ManifestEntry | undefined,
  key: BuildKey,
  pdf: string,
): RenderReason | undefined {
  if (!entry) return 'new';
  if (entry.tool !== key.tool) return 'tool';
  if (entry.options !== key.options) return 'options';
  if (entry.source !== key.source) return 'source';
  if (entry.assets !== key.assets) return 'assets';
  if (entry.pdf !== pdf) return 'pdf';
  return undefined;
}

function isEntry(value: unknown): value is ManifestEntry {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  return (
    ['source', 'assets', 'options', 'tool', 'pdf', 'pdfSha256'].every((k) => typeof e[k] === 'string') &&
    typeof e.pages === 'number' &&
    typeof e.bytes === 'number' &&
    Array.isArray(e.warnings) &&
    e.warnings.every(
      (w: unknown) =>
        typeof w === 'object' && w !== null && typeof (w as DocumentWarning).message === 'string',
    )
  );
}

/** Reads a manifest's text; throws with the reason when it is not one this version can use. */
export function parseManifest(text: string): Map<string, ManifestEntry> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // Not the parser's message: it quotes the text, and the file could be anything a link points at.
    throw new Error('it is not valid JSON');
  }
  const manifest = data as { format?: unknown; entries?: unknown };
  if (typeof data !== 'object' || data === null || manifest.format !== MANIFEST_FORMAT) {
    throw new Error(`it is not a ${MANIFEST_FORMAT} manifest`);
  }
  if (typeof manifest.entries !== 'object' || manifest.entries === null) throw new Error('it has no entries');
  const entries = new Map<string, ManifestEntry>();
  for (const [source, entry] of Object.entries(manifest.entries)) {
    if (!isEntry(entry)) throw new Error(`its entry for ${source} is malformed`);
    entries.set(source, entry);
  }
  return entries;
}

/** The manifest as written: entries sorted by source, so two runs over the same files diff cleanly. */
export function serializeManifest(entries: ReadonlyMap<string, ManifestEntry>): string {
  const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify({ format: MANIFEST_FORMAT, entries: Object.fromEntries(sorted) }, null, 2) + '\n';
}

/** Reads a file that is really a file: the output folder may come from a cache or a commit, and a link
 * there must not make us read (or keep as a PDF) something outside it. */
async function readRegularFile(file: string): Promise<Buffer>;
async function readRegularFile(file: string, encoding: 'utf8'): Promise<string>;
async function readRegularFile(file: string, encoding?: 'utf8'): Promise<Buffer | string> {
  const stat = await fs.lstat(file);
  if (!stat.isFile()) {
    throw Object.assign(new Error('it is a link or a folder, not a file'), { code: 'ENOTFILE' });
  }
  return encoding ? fs.readFile(file, encoding) : fs.readFile(file);
}

/**
 * One incremental run. The manifest next to the PDFs says what each PDF was made from; a document whose
 * source, images, options and tool are all unchanged, and whose PDF is still the one recorded, is not
 * rendered again. The Markdown stage still runs for every document (it is cheap, and only it knows which
 * images a document loads). At the end the manifest is replaced by what this run wrote or kept: failed
 * files, and files no longer selected, drop out.
 */
export class IncrementalBuild {
  private readonly kept = new Map<string, ManifestEntry>();
  private readonly fileHashes = new Map<string, Promise<string>>();
  private readonly reasons = new Map<RenderReason, number>();
  private unchanged = 0;

  private constructor(
    /** Absolute path of the manifest. */
    readonly manifestPath: string,
    private readonly previous: ReadonlyMap<string, ManifestEntry>,
    private readonly outputDir: string,
    private readonly workspace: string,
    private readonly options: string,
    private readonly tool: string,
  ) {}

  /**
   * Reads the manifest of the previous run. A missing one means a first build; an unreadable or unknown
   * one is ignored with a note (every document is rendered, and a good manifest is written at the end).
   * @param note where to say so (the shell's log).
   */
  static async open(
    options: ConvertOptions,
    browserExecutable: string,
    note: (message: string) => void = () => undefined,
    stylesheet?: UserStylesheet,
  ): Promise<IncrementalBuild> {
    const manifestPath = path.join(options.outputDir, MANIFEST_NAME);
    const shown = posixRelative(options.workspace, manifestPath);
    let previous = new Map<string, ManifestEntry>();
    const text = await readRegularFile(manifestPath, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT')
        note(`Incremental build: cannot read ${shown} (${error.message}); rendering every document`);
      else note(`Incremental build: no manifest at ${shown} yet; rendering every document`);
      return undefined;
    });
    if (text !== undefined) {
      try {
        previous = parseManifest(text);
      } catch (error) {
        note(`Incremental build: ignoring ${shown}: ${errorMessage(error)}; rendering every document`);
      }
    }
    const [workspace, optionsHash, tool] = await Promise.all([
      fs.realpath(options.workspace),
      optionsKey(options, stylesheet),
      toolFingerprint(browserExecutable),
    ]);
    return new IncrementalBuild(manifestPath, previous, options.outputDir, workspace, optionsHash, tool);
  }

  /** Hash of a workspace file an image URL resolves to, exactly as the page would resolve it. */
  private workspaceAsset(url: URL): Promise<string> {
    let hash = this.fileHashes.get(url.pathname);
    if (!hash) {
      hash = resolveWorkspaceFile(url, this.workspace).then(async (resolved) =>
        'reason' in resolved ? `missing (${resolved.reason})` : sha256(await fs.readFile(resolved.file)),
      );
      this.fileHashes.set(url.pathname, hash);
    }
    return hash;
  }

  /**
   * What this document's PDF would be made from.
   * @param text the Markdown text; `assets` the images its Markdown stage found;
   * @param documentUrl the URL the document is loaded from, which relative image paths resolve against.
   */
  async keyFor(
    text: string,
    assets: readonly DocumentAsset[],
    documentUrl: string,
    links: readonly ResolvedLink[] = [],
  ): Promise<BuildKey> {
    const parts: string[] = [];
    const seen = new Set<string>();
    for (const asset of assets) {
      let url: URL;
      try {
        url = new URL(asset.url, documentUrl);
      } catch {
        parts.push(`invalid ${asset.url}`);
        continue;
      }
      // A data: image is part of the source text already; a #fragment is never fetched.
      if (url.protocol === 'data:') continue;
      url.hash = '';
      if (seen.has(url.href)) continue;
      seen.add(url.href);
      parts.push(
        url.origin === WORKSPACE_ORIGIN
          ? `${url.pathname} ${await this.workspaceAsset(url)}`
          : `remote ${url.href}`,
      );
    }
    // The source as it reads in this run: its text, and where its links to other files lead.
    const linked = links.map((l) => `\nlink ${l.target} ${l.href}${l.missing ? ' missing' : ''}`).join('');
    return {
      source: sha256(text + linked),
      assets: sha256(parts.join('\n')),
      options: this.options,
      tool: this.tool,
    };
  }

  /**
   * The recorded PDF when the document is unchanged and its PDF is intact, else undefined (and why is
   * counted for the summary). A kept PDF stays in the manifest.
   */
  async reuse(file: SourceFile, key: BuildKey): Promise<ManifestEntry | undefined> {
    const entry = this.previous.get(file.relativePath);
    const reason = staleReason(entry, key, posixRelative(this.outputDir, file.outputPath));
    if (entry && reason === undefined) {
      const pdf = await readRegularFile(file.outputPath).catch(() => undefined);
      if (pdf && pdf.length === entry.bytes && sha256(pdf) === entry.pdfSha256) {
        this.kept.set(file.relativePath, entry);
        this.unchanged++;
        return entry;
      }
    }
    const why = reason ?? 'pdf';
    this.reasons.set(why, (this.reasons.get(why) ?? 0) + 1);
    return undefined;
  }

  /** Records a PDF this run wrote. */
  recordWritten(
    file: SourceFile,
    key: BuildKey,
    pdf: Uint8Array,
    pages: number,
    warnings: readonly DocumentWarning[],
  ): void {
    this.kept.set(file.relativePath, {
      ...key,
      pdf: posixRelative(this.outputDir, file.outputPath),
      pdfSha256: sha256(pdf),
      pages,
      bytes: pdf.length,
      warnings: warnings.map(({ message, line }) => (line === undefined ? { message } : { message, line })),
    });
  }

  /** `3 rendered (2 changed, 1 image changed), 497 unchanged`: the run in one line. */
  summary(): string {
    const rendered = [...this.reasons.values()].reduce((sum, n) => sum + n, 0);
    const why = [...this.reasons].map(([reason, n]) => `${n} ${REASON_WORDS[reason]}`).join(', ');
    return `Incremental build: ${rendered} rendered${rendered ? ` (${why})` : ''}, ${this.unchanged} unchanged`;
  }

  /**
   * Replaces the manifest (temporary file + rename) with this run's PDFs. Never throws: a manifest that
   * cannot be written only costs a full build next time, so it is a note, not a failure.
   * @param carried the documents this run did not convert but that still exist (matched by the patterns,
   *   left out by `changed-only` or another shard): their previous entries are kept, so the next full run
   *   does not render them again (their PDFs are still checked byte for byte before they are kept).
   */
  async save(
    note: (message: string) => void = () => undefined,
    carried: Iterable<string> = [],
  ): Promise<void> {
    const entries = new Map(this.kept);
    for (const source of carried) {
      const entry = this.previous.get(source);
      if (entry && !entries.has(source)) entries.set(source, entry);
    }
    try {
      await writeFileAtomic(this.manifestPath, Buffer.from(serializeManifest(entries)), this.outputDir);
    } catch (error) {
      note(
        `Incremental build: could not write ${this.manifestPath} (${errorMessage(error)}); the next run renders everything`,
      );
    }
  }
}
