// Turns the HTML our CLI keeps (--keep-html) into a file other tools can open.
import { readFile, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

// The virtual origins our printer serves; the same as RUNTIME_ORIGIN and
// WORKSPACE_ORIGIN in src/shared/origins.ts.
const RUNTIME_ORIGIN = 'https://runtime.md-pdf.invalid';
const WORKSPACE_ORIGIN = 'https://workspace.md-pdf.invalid';

const CSP_META = /<meta\s+http-equiv="Content-Security-Policy"[^>]*>/gi;
const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script>/gi;
// Our stylesheet links ask for CORS (chromium-layout.js reads their @page rules); file: URLs cannot
// answer CORS requests, so the copies load them plainly.
const CROSSORIGIN = /(<link\b[^>]*?)\s+crossorigin(?:="[^"]*")?(?=[\s>])/gi;

/**
 * Our document loads its stylesheets and fonts from virtual origins that only
 * our printer serves. For pagedjs-cli and the plain baseline, point those
 * origins at the folders they stand for (file: URLs), and drop the
 * Content-Security-Policy (it allows only the virtual origins), CORS on our
 * links, and our scripts (our layout scripts: each tool brings its own Paged.js).
 * The content and every stylesheet, page rules included, stay the same.
 */
export function toPortableHtml(html, { runtimeDir, workspaceDir }) {
  const portable = html
    .replace(CSP_META, '')
    .replace(SCRIPT, '')
    .replace(CROSSORIGIN, '$1')
    .replaceAll(`${RUNTIME_ORIGIN}/`, `${pathToFileURL(runtimeDir).href}/`)
    .replaceAll(`${WORKSPACE_ORIGIN}/`, `${pathToFileURL(workspaceDir).href}/`);
  const leftover = /https:\/\/[\w.-]+\.invalid\//.exec(portable);
  if (leftover) {
    throw new Error(
      `kept HTML uses an origin the bench does not know: ${leftover[0]} (see portable-html.mjs)`,
    );
  }
  return portable;
}

/** Rewrites each kept HTML file in place with toPortableHtml. */
export async function makeHtmlPortable(files, folders) {
  for (const file of files) {
    await writeFile(file, toPortableHtml(await readFile(file, 'utf8'), folders));
  }
}
