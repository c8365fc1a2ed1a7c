import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastCommitOf, lastCommitsOf, SourceDates } from '../../src/engine/source-date.js';
import { tempDir } from '../helpers/render.js';

describe('the last commit that changed a document', () => {
  it('is found with its time, in one walk or one file at a time, and not for edited files', async () => {
    const repo = tempDir('source-commit');
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e.x', ...args], {
        cwd: repo,
        encoding: 'utf8',
      }).trim();
    fs.writeFileSync(path.join(repo, 'a.md'), '# A\n');
    fs.writeFileSync(path.join(repo, 'b.md'), '# B\n');
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'one');
    const first = git('rev-parse', 'HEAD');
    fs.writeFileSync(path.join(repo, 'b.md'), '# B2\n');
    git('commit', '-q', '-am', 'two');
    const second = git('rev-parse', 'HEAD');
    fs.writeFileSync(path.join(repo, 'c.md'), '# C\n');
    const [a, b, c] = ['a.md', 'b.md', 'c.md'].map((name) => path.join(repo, name));

    const walked = await lastCommitsOf([a!, b!, c!]);
    expect(walked.get(a!)?.commit).toBe(first);
    expect(walked.get(b!)?.commit).toBe(second);
    expect(walked.get(c!)).toBeUndefined();
    expect((await lastCommitOf(b!))?.commit).toBe(second);
    expect(walked.get(b!)?.date).toEqual((await lastCommitOf(b!))?.date);

    const dates = new SourceDates([a!, b!], undefined);
    expect(await dates.commitFor(a!)).toBe(first);
    // SOURCE_DATE_EPOCH: git never runs, so no commit is recorded.
    expect(await new SourceDates([a!], new Date(0)).commitFor(a!)).toBeUndefined();
  });
});
