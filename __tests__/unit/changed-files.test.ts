import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  API_FILE_LIMIT,
  listChangedSince,
  listPullRequestFiles,
  parseNameStatus,
} from '../../src/engine/changed-files.js';
import { matchesPatterns } from '../../src/engine/changed-only.js';
import { createGitHubClient } from '../../src/publish/github-client.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { tempDir } from '../helpers/render.js';

describe('parseNameStatus', () => {
  it('reads additions, changes, deletions, renames and copies, with odd names intact', () => {
    const output = [
      'A',
      'new file.md',
      'M',
      'a\tb.md',
      'D',
      'gone.md',
      'R087',
      'old.md',
      'dir/new.md',
      'C100',
      'x.md',
      'y.md',
      '',
    ].join('\0');
    expect(parseNameStatus(output)).toEqual([
      { path: 'new file.md', status: 'added' },
      { path: 'a\tb.md', status: 'modified' },
      { path: 'gone.md', status: 'removed' },
      { path: 'dir/new.md', status: 'renamed', previousPath: 'old.md' },
      { path: 'y.md', status: 'added' },
    ]);
  });
});

describe('listChangedSince (CLI --changed-since)', () => {
  it('sees committed, uncommitted and untracked changes since the ref', () => {
    const repo = tempDir('changed-since');
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e.x', ...args], {
        cwd: repo,
        encoding: 'utf8',
      });
    fs.writeFileSync(path.join(repo, 'a.md'), '# A\n');
    fs.writeFileSync(path.join(repo, 'b.md'), '# B\n');
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'one');
    git('tag', 'base');
    fs.writeFileSync(path.join(repo, 'a.md'), '# A2\n');
    git('commit', '-q', '-am', 'two');
    fs.rmSync(path.join(repo, 'b.md'));
    fs.writeFileSync(path.join(repo, 'c.md'), '# C\n');
    return listChangedSince(repo, 'base').then((list) => {
      expect('files' in list && list.files).toEqual([
        { path: 'a.md', status: 'modified' },
        { path: 'b.md', status: 'removed' },
        { path: 'c.md', status: 'added' },
      ]);
    });
  });

  it('says when the ref is unknown', async () => {
    const repo = tempDir('changed-since-bad');
    execFileSync('git', ['init', '-q'], { cwd: repo });
    expect(await listChangedSince(repo, 'no-such-ref')).toEqual({
      unavailable: 'git does not know "no-such-ref"',
    });
  });
});

describe('matchesPatterns', () => {
  it('follows the files input: globs, ! excludes (last match wins), node_modules never', () => {
    const patterns = ['reports/**/*.md', '!reports/drafts/**', 'README.md'];
    expect(matchesPatterns('reports/2025/a.md', patterns)).toBe(true);
    expect(matchesPatterns('reports/drafts/a.md', patterns)).toBe(false);
    expect(matchesPatterns('README.md', patterns)).toBe(true);
    expect(matchesPatterns('docs/README.md', patterns)).toBe(false);
    expect(matchesPatterns('reports/node_modules/x.md', ['**/*.md'])).toBe(false);
    expect(matchesPatterns('.github/x.md', ['**/*.md'])).toBe(true);
  });
});

describe('listPullRequestFiles', () => {
  let server: GitHubServer;
  beforeAll(async () => {
    server = await startGitHubServer();
  });
  afterAll(async () => server.close());
  const client = () => createGitHubClient(server.token, { baseUrl: server.apiUrl, retries: 0 });
  const target = (pullNumber: number) => ({ owner: server.owner, repo: server.repo, pullNumber });

  it('reads every page and folds the API statuses into ours', async () => {
    server.pullFiles.set(1, [
      ...Array.from({ length: 150 }, (_, i) => ({ filename: `f${i}.md`, status: 'modified' })),
      { filename: 'new.md', previous_filename: 'old.md', status: 'renamed' },
      { filename: 'copy.md', status: 'copied' },
    ]);
    const list = await listPullRequestFiles(client(), target(1));
    expect('files' in list && list.files.length).toBe(152);
    expect('files' in list && list.files.slice(-2)).toEqual([
      { path: 'new.md', status: 'renamed', previousPath: 'old.md' },
      { path: 'copy.md', status: 'added' },
    ]);
  });

  it('is unavailable on an error, an answer that is not a list, and a list at the API cap', async () => {
    server.intercept({ path: /\/pulls\/2\/files/, status: 403 });
    expect(await listPullRequestFiles(client(), target(2))).toMatchObject({
      unavailable: expect.stringContaining('403'),
    });
    server.intercept({ path: /\/pulls\/3\/files/, status: 200, body: { message: 'surprise' } });
    expect(await listPullRequestFiles(client(), target(3))).toEqual({
      unavailable: 'the pull-request files API did not answer a list',
    });
    server.pullFiles.set(
      4,
      Array.from({ length: API_FILE_LIMIT }, (_, i) => ({ filename: `f${i}.md`, status: 'added' })),
    );
    expect(await listPullRequestFiles(client(), target(4))).toMatchObject({
      unavailable: expect.stringContaining('3000 or more files'),
    });
  });
});
