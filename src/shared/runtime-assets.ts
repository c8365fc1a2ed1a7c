import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import manifest from './runtime-assets.json' with { type: 'json' };

/**
 * The files the page may load from the runtime origin: URL path → where the file lives in the repository.
 * The bundle step copies exactly these into `dist/runtime/` (keeping the URL path), so the action finds
 * them next to `dist/index.js`; when running from source they are read from the repository itself.
 * One table (runtime-assets.json, read by scripts/bundle.mjs too) keeps "what ships" and "what is
 * served" from drifting apart.
 */
export const RUNTIME_FILES: Readonly<Record<string, string>> = Object.freeze(manifest.files);

/** Folders served whole (themes, page scripts, and the font/KaTeX files the CSS above points at). */
export const RUNTIME_DIRS: Readonly<Record<string, string>> = Object.freeze(manifest.dirs);

/**
 * The stylesheet of every font face, linked before the theme: the manifest's font stylesheets in one
 * file (scripts/fonts-css.mjs), so each page makes one request for them instead of fifteen.
 */
export const FONTS_STYLESHEET = 'themes/fonts.css';

/** The CJK families' faces (~800 slices), linked only by documents with CJK text (pageAssetsFor). */
export const CJK_FONTS_STYLESHEET = 'themes/fonts-cjk.css';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Where runtime files are read from: `dist/runtime` next to the bundle, or the repository root from source. */
function locateRuntime(): { bundled: boolean; root: string } {
  // The bundle may put this code in dist/ or in dist/chunks/.
  for (const dir of [here, path.dirname(here)]) {
    const bundled = path.join(dir, 'runtime');
    if (fs.existsSync(path.join(bundled, 'paged.polyfill.js'))) return { bundled: true, root: bundled };
  }
  return { bundled: false, root: path.resolve(here, '../..') };
}

const runtime = locateRuntime();

/**
 * Maps a runtime URL path (e.g. `themes/report/theme.css`) to a file on disk, or undefined when the
 * path is not something we ship. Never resolves outside the shipped folders.
 */
export function resolveRuntimeFile(urlPath: string): string | undefined {
  const clean = path.posix.normalize(decodeURIComponent(urlPath).replace(/^\/+/, ''));
  if (clean.startsWith('..') || clean.includes('\0')) return undefined;
  const fromRepo = (repoPath: string): string =>
    runtime.bundled ? path.join(runtime.root, clean) : path.join(runtime.root, repoPath);
  const file = RUNTIME_FILES[clean];
  if (file) return fromRepo(file);
  for (const [prefix, dir] of Object.entries(RUNTIME_DIRS)) {
    if (clean.startsWith(prefix)) return fromRepo(dir + clean.slice(prefix.length));
  }
  return undefined;
}
