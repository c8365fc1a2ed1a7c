import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import packageJson from '../../package.json' with { type: 'json' };
import { browserIdentity } from '../browser/find-chrome.js';
import { RUNTIME_DIRS, RUNTIME_FILES, resolveRuntimeFile } from '../shared/runtime-assets.js';

// The tool's part of an incremental build's key: what, besides the document and the options, decides
// what a PDF looks like (our code, the runtime files, the browser).

/** Files under a folder, recursively, sorted; none when it does not exist. */
async function listFiles(dir: string, keep: (name: string) => boolean = () => true): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && keep(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Our own code: the bundle's JavaScript (dist/*.js and dist/chunks/*.js, for the action and the CLI
 * alike), or the TypeScript sources when running from the repository.
 */
async function codeFiles(): Promise<string[]> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const root = path.basename(here) === 'chunks' ? path.dirname(here) : here;
  const bundled = await fs.stat(path.join(root, 'runtime')).then(
    (stat) => stat.isDirectory(),
    () => false,
  );
  // From the repository this file is src/engine/tool-fingerprint.ts: fingerprint all of src/.
  const sources = path.dirname(here);
  if (!bundled) return listFiles(sources, (name) => name.endsWith('.ts') || name.endsWith('.json'));
  const top = (await fs.readdir(root))
    .filter((name) => name.endsWith('.js'))
    .map((name) => path.join(root, name));
  return [...top.sort(), ...(await listFiles(path.join(root, 'chunks'), (name) => name.endsWith('.js')))];
}

/** Every file the page may load from the runtime origin: Paged.js, themes, page scripts, fonts, KaTeX. */
async function runtimeFiles(): Promise<string[]> {
  const files = Object.keys(RUNTIME_FILES).map((url) => resolveRuntimeFile(url));
  for (const prefix of Object.keys(RUNTIME_DIRS)) {
    const dir = resolveRuntimeFile(prefix);
    if (dir) files.push(...(await listFiles(dir)));
  }
  return [...new Set(files.filter((file): file is string => file !== undefined))];
}

const fingerprints = new Map<string, Promise<string>>();

/**
 * `<package version>+<hash>` of everything besides the document and the options that decides what a PDF
 * looks like: our code, the runtime files and the browser. Computed once per process and browser.
 */
export function toolFingerprint(browserExecutable: string): Promise<string> {
  let fingerprint = fingerprints.get(browserExecutable);
  if (!fingerprint) {
    fingerprint = (async () => {
      const hash = createHash('sha256');
      for (const file of [...(await codeFiles()), ...(await runtimeFiles())]) {
        hash.update(`${path.basename(file)}\0`);
        hash.update(await fs.readFile(file).catch(() => 'missing'));
      }
      hash.update(await browserIdentity(browserExecutable));
      return `${packageJson.version}+${hash.digest('hex').slice(0, 16)}`;
    })();
    fingerprints.set(browserExecutable, fingerprint);
  }
  return fingerprint;
}
