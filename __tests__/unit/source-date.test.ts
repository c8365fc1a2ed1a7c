import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitDateOf, sourceDateFor } from '../../src/source-date.js';

const COMMIT_TIME = '2024-05-06T07:08:09Z';
let repo: string;
let plain: string;

function git(...args: string[]): void {
  execFileSync('git', args, {
    cwd: repo,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'T',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 'T',
      GIT_COMMITTER_EMAIL: 't@example.com',
      GIT_AUTHOR_DATE: '2020-01-01T00:00:00Z',
      GIT_COMMITTER_DATE: COMMIT_TIME,
    },
  });
}

beforeAll(() => {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), 'md-pdf-git-'));
  plain = fs.mkdtempSync(path.join(os.tmpdir(), 'md-pdf-nogit-'));
  fs.mkdirSync(path.join(repo, 'docs'));
  fs.writeFileSync(path.join(repo, 'docs/report.md'), '# Report\n');
  fs.writeFileSync(path.join(repo, 'docs/edited.md'), '# Edited\n');
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'docs');
  fs.appendFileSync(path.join(repo, 'docs/edited.md'), 'changed\n');
  fs.writeFileSync(path.join(repo, 'docs/new.md'), '# New\n');
  fs.writeFileSync(path.join(plain, 'loose.md'), '# Loose\n');
});
afterAll(() => {
  fs.rmSync(repo, { recursive: true, force: true });
  fs.rmSync(plain, { recursive: true, force: true });
});

describe('commitDateOf', () => {
  it("is the committer time of the file's last commit", async () => {
    expect((await commitDateOf(path.join(repo, 'docs/report.md')))?.toISOString()).toBe(
      new Date(COMMIT_TIME).toISOString(),
    );
  });

  it('is undefined for a file with uncommitted changes, an untracked file, and a file outside any repository', async () => {
    expect(await commitDateOf(path.join(repo, 'docs/edited.md'))).toBeUndefined();
    expect(await commitDateOf(path.join(repo, 'docs/new.md'))).toBeUndefined();
    expect(await commitDateOf(path.join(plain, 'loose.md'))).toBeUndefined();
  });
});

describe('sourceDateFor', () => {
  it('takes SOURCE_DATE_EPOCH first, then the commit time, then now', async () => {
    const epoch = new Date('2001-02-03T04:05:06Z');
    expect(await sourceDateFor(path.join(repo, 'docs/report.md'), epoch)).toBe(epoch);
    expect((await sourceDateFor(path.join(repo, 'docs/report.md'), undefined)).toISOString()).toBe(
      new Date(COMMIT_TIME).toISOString(),
    );
    const before = Date.now();
    const now = await sourceDateFor(path.join(plain, 'loose.md'), undefined);
    expect(now.getTime()).toBeGreaterThanOrEqual(before);
  });
});
