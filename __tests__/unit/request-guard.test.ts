import { RUNTIME_ORIGIN, WORKSPACE_ORIGIN } from '../../src/shared/origins.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { HTTPRequest } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createRequestHandler,
  REMOTE_ASSETS_OFF,
  resolveWorkspaceFile,
  unservedReason,
} from '../../src/browser/request-guard.js';
import type { BlockedRequest } from '../../src/browser/request-guard.js';

let root: string;
let workspace: string;

beforeAll(() => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'md-pdf-guard-')));
  workspace = path.join(root, 'workspace');
  fs.mkdirSync(path.join(workspace, 'docs/img'), { recursive: true });
  fs.mkdirSync(path.join(workspace, '.git'));
  fs.writeFileSync(path.join(workspace, 'docs/img/chart.png'), 'png');
  fs.writeFileSync(path.join(workspace, 'docs/report.md'), '# report');
  fs.writeFileSync(path.join(workspace, '.git/config'), '[http] extraheader = AUTHORIZATION: basic c2VjcmV0');
  fs.writeFileSync(path.join(workspace, '.env'), 'TOKEN=secret');
  fs.writeFileSync(path.join(root, 'outside.png'), 'png');
  fs.symlinkSync(path.join(root, 'outside.png'), path.join(workspace, 'docs/img/link.png'));
  fs.symlinkSync(root, path.join(workspace, 'docs/up'));
  fs.symlinkSync(path.join(workspace, 'docs/img/chart.png'), path.join(workspace, 'docs/inside-link.png'));
  fs.mkdirSync(path.join(workspace, 'docs/folder.png'));
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const resolve = (pathname: string) => resolveWorkspaceFile(new URL(WORKSPACE_ORIGIN + pathname), workspace);

describe('resolveWorkspaceFile', () => {
  it('serves images inside the workspace, through symlinks that stay inside', async () => {
    expect(await resolve('/docs/img/chart.png')).toEqual({
      file: path.join(workspace, 'docs/img/chart.png'),
    });
    expect(await resolve('/docs/inside-link.png')).toEqual({
      file: path.join(workspace, 'docs/img/chart.png'),
    });
    expect(await resolve('/docs/img/%63hart.png')).toEqual({
      file: path.join(workspace, 'docs/img/chart.png'),
    });
  });

  it('never leaves the workspace: not with ../, encoded or not, nor through a symlinked file or folder', async () => {
    for (const pathname of [
      '/../outside.png',
      '/docs/../../outside.png',
      '/..%2f..%2foutside.png',
      '/%2e%2e/outside.png',
    ]) {
      const result = await resolve(pathname);
      expect(result, pathname).toHaveProperty('reason');
      expect('file' in result).toBe(false);
    }
    expect(await resolve('/docs/img/link.png')).toEqual({
      reason: 'it is a symlink that leads outside the workspace; only files inside the workspace can be used',
    });
    expect(await resolve('/docs/up/outside.png')).toEqual({
      reason: 'it is a symlink that leads outside the workspace; only files inside the workspace can be used',
    });
  });

  it('serves nothing but images, fonts and stylesheets: no sources, no git config, no dotfiles', async () => {
    expect(await resolve('/.git/config')).toEqual({
      reason:
        'only images, fonts and stylesheets are served from the workspace, not files without an extension',
    });
    expect(await resolve('/.env')).toHaveProperty('reason');
    expect(await resolve('/docs/report.md')).toEqual({
      reason: 'only images, fonts and stylesheets are served from the workspace, not .md files',
    });
    expect(await resolve('/docs/folder.png')).toEqual({ reason: 'it is a folder, not a file' });
    expect(await resolve('/docs/missing.png')).toEqual({
      reason: 'no such file in the workspace; check the path (relative to the Markdown file)',
    });
    expect(await resolve('/docs/%E0%A4%A.png')).toEqual({ reason: 'malformed path' });
    expect(await resolve('/docs/a%00.png')).toEqual({ reason: 'malformed path' });
  });
});

describe('unservedReason', () => {
  it('explains a remote URL while remote assets are off, and nothing else', () => {
    expect(unservedReason('https://example.com/a.png', false)).toBe(REMOTE_ASSETS_OFF);
    expect(unservedReason('http://127.0.0.1:8080/a.png', false)).toBe(REMOTE_ASSETS_OFF);
    expect(unservedReason('https://example.com/a.png', true)).toBeUndefined();
    expect(unservedReason(`${WORKSPACE_ORIGIN}/a.png`, false)).toBeUndefined();
    expect(unservedReason(`${RUNTIME_ORIGIN}/themes/base.css`, false)).toBeUndefined();
    expect(unservedReason('not a url', false)).toBeUndefined();
  });
});

/** Just enough of puppeteer's HTTPRequest for the guard. */
function fakeRequest(url: string, resourceType = 'image') {
  const outcome: { aborted?: string; responded?: { status: number; body: string }; continued?: boolean } = {};
  const request = {
    url: () => url,
    resourceType: () => resourceType,
    isInterceptResolutionHandled: () => Object.keys(outcome).length > 0,
    abort: async (reason: string) => void (outcome.aborted = reason),
    respond: async (response: { status: number; body: Buffer | string }) =>
      void (outcome.responded = { status: response.status, body: String(response.body) }),
    continue: async () => void (outcome.continued = true),
  };
  return { request: request as unknown as HTTPRequest, outcome };
}

describe('createRequestHandler', () => {
  const documentUrl = `${WORKSPACE_ORIGIN}/docs/report.md.html`;
  const blocked: BlockedRequest[] = [];
  const handle = (allowRemoteAssets: boolean) =>
    createRequestHandler({
      workspace,
      documentUrl,
      documentHtml: '<p>the document</p>',
      allowRemoteAssets,
      onBlocked: (b) => blocked.push(b),
    });

  it('answers the document, workspace images and runtime files from memory or disk', async () => {
    for (const [url, body] of [
      [documentUrl, '<p>the document</p>'],
      [`${WORKSPACE_ORIGIN}/docs/img/chart.png`, 'png'],
    ]) {
      const { request, outcome } = fakeRequest(url!);
      await handle(false)(request);
      expect(outcome.responded).toEqual({ status: 200, body });
    }
    const { request, outcome } = fakeRequest(`${RUNTIME_ORIGIN}/themes/base.css`, 'stylesheet');
    await handle(false)(request);
    expect(outcome.responded?.status).toBe(200);
  });

  it('refuses everything else and says why: never continues a request to the network', async () => {
    const cases: Array<[string, string, boolean, RegExp]> = [
      ['http://127.0.0.1:9/x.png', 'image', false, /^remote assets are off/],
      ['https://example.com/x.png', 'image', false, /^remote assets are off/],
      ['https://example.com/x.css', 'stylesheet', true, /^only images are loaded from remote hosts/],
      ['http://169.254.169.254/latest/meta-data/', 'image', true, /link-local address, never loaded/],
      ['file:///etc/passwd', 'image', true, /^file: URLs are never loaded/],
      ['ws://127.0.0.1:9/socket', 'websocket', true, /^ws: URLs are never loaded/],
      [`${RUNTIME_ORIGIN}/themes/..%2f..%2fpackage.json`, 'image', false, /^not a file this tool ships/],
      [`${RUNTIME_ORIGIN}/../src/engine/convert.ts`, 'script', false, /^not a file this tool ships/],
      [`${WORKSPACE_ORIGIN}/.git/config`, 'image', false, /^only images, fonts and stylesheets/],
      [`${WORKSPACE_ORIGIN}/docs/other.md.html`, 'document', false, /^only images, fonts and stylesheets/],
    ];
    for (const [url, type, allowRemote, reason] of cases) {
      blocked.length = 0;
      const { request, outcome } = fakeRequest(url, type);
      await handle(allowRemote)(request);
      expect(outcome, url).toEqual({ aborted: 'blockedbyclient' });
      expect(blocked, url).toEqual([{ url, reason: expect.stringMatching(reason) }]);
    }
  });

  it('lets data: URLs through (they never touch the network)', async () => {
    const { request, outcome } = fakeRequest('data:image/png;base64,AAAA');
    await handle(false)(request);
    expect(outcome).toEqual({ continued: true });
  });
});
