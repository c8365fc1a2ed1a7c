import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChangedList, PullFilesClient } from '../../src/engine/changed-files.js';
import {
  changedFilesForRun,
  changedOnlyApplies,
  narrowToChanges,
  parseChangedOnly,
} from '../../src/engine/changed-scope.js';
import { findMarkdownFiles } from '../../src/engine/discover.js';
import { DEFAULTS } from '../../src/engine/options.js';
import { tempDir } from '../helpers/render.js';

/** A files API answering one page, counting its calls. */
function filesApi(entries: unknown[]): PullFilesClient & { calls: number } {
  const client = {
    calls: 0,
    paginate: {
      iterator: async function* () {
        client.calls++;
        yield { data: entries, status: 200 };
      },
    },
  };
  return client;
}

describe('changed-only', () => {
  it('parses auto, true and false (empty is auto) and names the input on anything else', () => {
    expect(parseChangedOnly('', 'changed-only')).toBe('auto');
    expect(parseChangedOnly(' TRUE ', 'changed-only')).toBe('true');
    expect(parseChangedOnly('false', 'changed-only')).toBe('false');
    expect(() => parseChangedOnly('yes', 'changed-only')).toThrow(
      'changed-only must be auto, true or false; got "yes"',
    );
  });

  it('applies on pull requests when auto, on every event when true, never when false', () => {
    expect(changedOnlyApplies('auto', 'pull_request')).toBe(true);
    expect(changedOnlyApplies('auto', 'pull_request_target')).toBe(true);
    expect(changedOnlyApplies('auto', 'push')).toBe(false);
    expect(changedOnlyApplies('true', 'push')).toBe(true);
    expect(changedOnlyApplies('false', 'pull_request')).toBe(false);
  });
});

describe('narrowToChanges', () => {
  const workspace = tempDir('changed-scope');
  fs.mkdirSync(path.join(workspace, 'docs'));
  for (const name of ['a', 'b', 'c'])
    fs.writeFileSync(path.join(workspace, `docs/${name}.md`), `# ${name}\n`);
  const context = { workspace, patterns: ['docs/*.md'], maxFileSize: DEFAULTS.maxFileSize };
  const found = () => findMarkdownFiles(['docs/*.md'], workspace, path.join(workspace, 'pdf'));
  const listed: ChangedList = { files: [{ path: 'docs/b.md', status: 'modified' }], source: 'a test' };

  it('keeps the changed documents, and says where the list came from', async () => {
    const scope = await narrowToChanges(await found(), async () => listed, { ...context, merge: false });
    expect(scope.narrowed && scope.selection.files.map((f) => f.relativePath)).toEqual(['docs/b.md']);
    expect(scope.narrowed && scope.selection.note).toBe(
      'Converting the 1 changed document of 3 (changed files from a test)',
    );
  });

  it('converts everything for a book, without asking for the list', async () => {
    let asked = false;
    const scope = await narrowToChanges(
      await found(),
      async () => {
        asked = true;
        return listed;
      },
      { ...context, merge: true },
    );
    expect(scope).toEqual({ narrowed: false, reason: 'merge makes a book of every document' });
    expect(asked).toBe(false);
  });

  it('converts everything, saying why, when the list cannot be had', async () => {
    const scope = await narrowToChanges(await found(), async () => ({ unavailable: 'the API said 502' }), {
      ...context,
      merge: false,
    });
    expect(scope).toEqual({ narrowed: false, reason: 'the changed files are unknown: the API said 502' });
  });
});

describe('changedFilesForRun', () => {
  const repo = tempDir('changed-run');
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e.x', ...args], {
      cwd: repo,
      encoding: 'utf8',
    }).trim();
  git('init', '-q');
  fs.writeFileSync(path.join(repo, 'a.md'), '# A\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  const base = git('rev-parse', 'HEAD');
  fs.writeFileSync(path.join(repo, 'b.md'), '# B\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'head');
  const head = git('rev-parse', 'HEAD');
  const run = { owner: 'o', repo: 'r', pullRequestNumber: 7 };

  it('asks git when the checkout has both commits, and the files API otherwise', async () => {
    const api = filesApi([{ filename: 'from-api.md', status: 'added' }]);
    const fromGit = await changedFilesForRun({ ...run, sha: head, baseSha: base }, repo, () => api);
    expect(fromGit).toMatchObject({ files: [{ path: 'b.md', status: 'added' }] });
    expect(api.calls).toBe(0);

    const shallow = await changedFilesForRun({ ...run, sha: head, baseSha: 'f'.repeat(40) }, repo, () => api);
    expect(shallow).toEqual({
      files: [{ path: 'from-api.md', status: 'added' }],
      source: 'the pull-request files API',
    });
    expect(api.calls).toBe(1);
  });

  it('is unavailable off a pull request when git cannot answer', async () => {
    const list = await changedFilesForRun(
      { owner: 'o', repo: 'r', sha: head, baseSha: 'f'.repeat(40) },
      repo,
      () => filesApi([]),
    );
    expect(list).toEqual({
      unavailable: 'not a pull request, and the checkout does not have both commits',
    });
  });
});
