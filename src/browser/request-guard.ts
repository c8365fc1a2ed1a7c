import fs from 'node:fs/promises';
import path from 'node:path';
import type { HTTPRequest } from 'puppeteer-core';
import { RUNTIME_ORIGIN, WORKSPACE_ORIGIN } from '../document.js';
import { isInside } from '../discover.js';
import { resolveRuntimeFile } from '../runtime-assets.js';
import { checkRemoteUrl } from './remote-policy.js';

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
  if (!isInside(workspace, candidate)) return { reason: 'outside the workspace' };
  let real: string;
  try {
    real = await fs.realpath(candidate);
  } catch {
    return { reason: 'file not found' };
  }
  // realpath catches symlinks (and symlinked folders) that lead out of the workspace.
  if (!isInside(workspace, real)) return { reason: 'a symlink that leads outside the workspace' };
  const stat = await fs.stat(real);
  if (!stat.isFile()) return { reason: 'not a file' };
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
        if (!file) return await block(request, 'not a runtime file');
        const body = await fs.readFile(file).catch(() => undefined);
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
        if (!policy.allowRemoteAssets) {
          return await block(request, 'remote assets are off (set allow-remote-assets: true to load them)');
        }
        if (request.resourceType() !== 'image')
          return await block(request, 'only remote images may be loaded');
        const refusal = await checkRemoteUrl(url);
        if (refusal) return await block(request, refusal);
        return await request.continue();
      }
      return await block(request, `the ${url.protocol} scheme is not allowed`);
    } catch (error) {
      if (request.isInterceptResolutionHandled()) return;
      await block(request, error instanceof Error ? error.message : String(error)).catch(() => undefined);
    }
  };
}
