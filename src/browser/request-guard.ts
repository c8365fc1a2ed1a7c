import { isInside } from '../shared/paths.js';
import { RUNTIME_ORIGIN, WORKSPACE_ORIGIN } from '../shared/origins.js';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { HTTPRequest } from 'puppeteer-core';
import { resolveRuntimeFile } from '../shared/runtime-assets.js';
import { fetchRemoteImage } from './remote-policy.js';
import { errorMessage } from '../shared/errors.js';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
  '.bmp': 'image/bmp',
  '.ico': 'image/x-icon',
};

/**
 * What the workspace origin serves: images (and the fonts and stylesheet a user stylesheet may bring).
 * Never other files: not another document's source, not `.git/config` or a `.env`, whatever a document
 * points an `<img>` at.
 */
/** The only file types a page may load from the workspace (by extension, lower case). */
export const WORKSPACE_TYPES: ReadonlySet<string> = new Set([
  '.png',
  '.jpg',
  '.jpeg',
  '.gif',
  '.webp',
  '.avif',
  '.svg',
  '.bmp',
  '.ico',
  '.woff2',
  '.woff',
  '.ttf',
  '.otf',
  '.css',
]);

/** Why a remote URL is refused while remote assets are off (the CSP stops most such requests first). */
export const REMOTE_ASSETS_OFF =
  'remote assets are off; set `allow-remote-assets: true` (CLI: --allow-remote-assets) to load remote images';

/**
 * Why the page never gets `url`, when the answer does not depend on the file: a remote URL while remote
 * assets are off. Lets a warning the page itself raised (the CSP blocked the image before any request was
 * made) say the same as the request guard would.
 */
export function unservedReason(url: string, allowRemoteAssets: boolean): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const ours = parsed.origin === RUNTIME_ORIGIN || parsed.origin === WORKSPACE_ORIGIN;
  const remote = !ours && (parsed.protocol === 'http:' || parsed.protocol === 'https:');
  return remote && !allowRemoteAssets ? REMOTE_ASSETS_OFF : undefined;
}

/** Why a request was not answered with content. */
export interface BlockedRequest {
  url: string;
  reason: string;
}

/** What one page may load. */
export interface RequestPolicy {
  /** Real (symlink-resolved) absolute path of the workspace. */
  workspace: string;
  /** The document itself, answered from memory at this URL. */
  documentUrl: string;
  documentHtml: string;
  allowRemoteAssets: boolean;
  onBlocked(blocked: BlockedRequest): void;
}

/** Our runtime files never change during a run: let Chromium keep compiled scripts and decoded fonts. */
const RUNTIME_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Cache-Control': 'public, max-age=31536000, immutable',
};

/**
 * Our runtime files never change during a run, and every document loads the same ones (Paged.js alone
 * is ~900 KB, Mermaid ~3 MB): read each once per process.
 */
const runtimeFileCache = new Map<string, Promise<Buffer | undefined>>();

function readRuntimeFile(file: string): Promise<Buffer | undefined> {
  let body = runtimeFileCache.get(file);
  if (!body) {
    body = fs.readFile(file).catch(() => undefined);
    runtimeFileCache.set(file, body);
  }
  return body;
}

/** Maps a workspace URL to a file inside the workspace, or a reason it may not be read. */
export async function resolveWorkspaceFile(
  url: URL,
  workspace: string,
): Promise<{ file: string } | { reason: string }> {
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname);
  } catch {
    return { reason: 'malformed path' };
  }
  if (relative.includes('\0')) return { reason: 'malformed path' };
  const candidate = path.resolve(workspace, '.' + path.posix.normalize('/' + relative));
  if (!isInside(workspace, candidate)) {
    return { reason: 'it lies outside the workspace; only files inside the workspace can be used' };
  }
  const extension = path.extname(candidate).toLowerCase();
  if (!WORKSPACE_TYPES.has(extension)) {
    return {
      reason: `only images, fonts and stylesheets are served from the workspace, not ${extension ? `${extension} files` : 'files without an extension'}`,
    };
  }
  let real: string;
  try {
    real = await fs.realpath(candidate);
  } catch {
    return { reason: 'no such file in the workspace; check the path (relative to the Markdown file)' };
  }
  // realpath catches symlinks (and symlinked folders) that lead out of the workspace.
  if (!isInside(workspace, real)) {
    return {
      reason: 'it is a symlink that leads outside the workspace; only files inside the workspace can be used',
    };
  }
  const stat = await fs.stat(real);
  if (!stat.isFile()) return { reason: 'it is a folder, not a file' };
  return { file: real };
}

function contentType(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Answers every request a page makes. The document and workspace files come from the workspace origin,
 * our scripts, styles and fonts from the runtime origin; anything else is refused (remote images only
 * when allowed, and never from private addresses). No request reaches the network by accident.
 */
export function createRequestHandler(policy: RequestPolicy): (request: HTTPRequest) => Promise<void> {
  const block = async (request: HTTPRequest, reason: string): Promise<void> => {
    policy.onBlocked({ url: request.url(), reason });
    await request.abort('blockedbyclient');
  };
  return async (request) => {
    if (request.isInterceptResolutionHandled()) return;
    const raw = request.url();
    try {
      if (raw.startsWith('data:')) return await request.continue();
      const url = new URL(raw);
      if (url.origin === RUNTIME_ORIGIN) {
        const file = resolveRuntimeFile(url.pathname);
        if (!file) return await block(request, 'not a file this tool ships');
        const body = await readRuntimeFile(file);
        if (!body) return await block(request, 'runtime file missing (is dist/runtime complete?)');
        return await request.respond({
          status: 200,
          headers: RUNTIME_HEADERS,
          contentType: contentType(file),
          body,
        });
      }
      if (url.origin === WORKSPACE_ORIGIN) {
        if (url.href === policy.documentUrl) {
          return await request.respond({
            status: 200,
            contentType: CONTENT_TYPES['.html'],
            body: policy.documentHtml,
          });
        }
        const resolved = await resolveWorkspaceFile(url, policy.workspace);
        if ('reason' in resolved) return await block(request, resolved.reason);
        return await request.respond({
          status: 200,
          headers: { 'Access-Control-Allow-Origin': '*' },
          contentType: contentType(resolved.file),
          body: await fs.readFile(resolved.file),
        });
      }
      if (url.protocol === 'http:' || url.protocol === 'https:') {
        if (!policy.allowRemoteAssets) return await block(request, REMOTE_ASSETS_OFF);
        if (request.resourceType() !== 'image') {
          return await block(request, 'only images are loaded from remote hosts, nothing else');
        }
        // Fetched by us, not continued: the browser would resolve the host again (DNS rebinding) and
        // follow redirects to wherever they lead.
        const image = await fetchRemoteImage(url);
        if ('reason' in image) return await block(request, image.reason);
        return await request.respond({
          status: 200,
          headers: { 'Access-Control-Allow-Origin': '*' },
          contentType: image.contentType,
          body: image.body,
        });
      }
      return await block(request, `${url.protocol} URLs are never loaded; use a file inside the workspace`);
    } catch (error) {
      if (request.isInterceptResolutionHandled()) return;
      await block(request, errorMessage(error)).catch(() => undefined);
    }
  };
}
