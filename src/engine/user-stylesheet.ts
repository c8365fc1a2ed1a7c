import fs from 'node:fs/promises';
import path from 'node:path';
import type { ConvertOptions } from './options.js';

/**
 * The user's stylesheet (`css`), read once per run: its text says whether the layout needs Paged.js, is
 * embedded when it lies outside the workspace, and its bytes go into the incremental options hash.
 */
export interface UserStylesheet {
  /** As in ConvertOptions.css: workspace-relative, or absolute when it lies outside (CLI only). */
  path: string;
  /** The file's bytes; undefined when a stylesheet inside the workspace cannot be read (the page gets a 404). */
  bytes?: Buffer;
  /** It lies outside the workspace, so the page cannot load it: it is embedded in each document. */
  outside: boolean;
}

/**
 * Reads the run's stylesheet; undefined when there is none. One outside the workspace that cannot be read
 * fails the run (it would be silently missing from every document otherwise).
 */
export async function readUserStylesheet(
  options: Pick<ConvertOptions, 'css' | 'workspace'>,
): Promise<UserStylesheet | undefined> {
  if (!options.css) return undefined;
  const outside = path.isAbsolute(options.css);
  const file = path.resolve(options.workspace, options.css);
  const bytes = await fs.readFile(file).catch((error: NodeJS.ErrnoException) => {
    if (outside) throw new Error(`cannot read the stylesheet ${file}: ${error.message}`);
    return undefined;
  });
  return { path: options.css, bytes, outside };
}
