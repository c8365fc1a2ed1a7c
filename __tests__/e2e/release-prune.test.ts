// release-prune (#16) on a run that converts only part of the repository: a pull request with changed-only.
// The release must end up holding exactly the current documents' PDFs, so a document this run left alone
// keeps its asset, and only the asset of a document that no longer exists goes.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION, runAction, writeWorkspace } from '../helpers/action-run.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { tempDir } from '../helpers/render.js';

describe('release-prune with changed-only (dist/index.js)', () => {
  let server: GitHubServer;
  beforeAll(async () => {
    expect(fs.existsSync(ACTION), 'dist/index.js exists (npm run bundle)').toBe(true);
    server = await startGitHubServer();
  });
  afterAll(async () => server?.close());

  it('keeps the assets of the documents the run did not convert, and deletes only the deleted one’s', async () => {
    const workspace = writeWorkspace({
      'docs/changed.md': '# Changed\n',
      'docs/untouched.md': '# Untouched\n',
    });
    server.pullFiles.set(5, [
      { filename: 'docs/changed.md', status: 'modified' },
      { filename: 'docs/deleted.md', status: 'removed' },
    ]);
    const release = server.addRelease('preview');
    server.addAsset(release, 'docs-changed.pdf', Buffer.from('the old PDF'));
    server.addAsset(release, 'docs-untouched.pdf', Buffer.from('the current PDF, built earlier'));
    server.addAsset(release, 'docs-deleted.pdf', Buffer.from('a stale PDF'));
    const event = path.join(tempDir('event'), 'event.json');
    fs.writeFileSync(
      event,
      JSON.stringify({ pull_request: { number: 5, head: { sha: 'abc' }, base: { sha: 'def' } } }),
    );

    const run = await runAction(
      workspace,
      {
        files: 'docs/**/*.md',
        'artifact-name': '',
        'pr-comment': 'false',
        'release-tag': 'preview',
        'release-prune': 'true',
        'github-token': server.token,
      },
      server.runnerEnv({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event }),
    );

    expect(run.code, run.stdout).toBe(0);
    // The run converted the changed document only.
    expect(JSON.parse(run.outputs.files!)).toEqual(['pdf/docs/changed.pdf']);
    const assets = server.releases.find((r) => r.tagName === 'preview')!.assets;
    expect(assets.map((a) => a.name).sort()).toEqual(['docs-changed.pdf', 'docs-untouched.pdf']);
    expect(assets.find((a) => a.name === 'docs-untouched.pdf')!.data.toString()).toBe(
      'the current PDF, built earlier',
    );
    expect(run.summary).toContain('removed as stale: `docs-deleted.pdf`');
  });
});
