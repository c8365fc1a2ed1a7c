import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SourceDates, commitDateOf, commitDatesOf, sourceDateFor } from '../../src/engine/source-date.js';

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

// A run's files looked up together: several repositories, histories with several commits and a merge,
// files with changes, untracked, outside any repository, with awkward names.
describe('commitDatesOf and SourceDates', () => {
  const T = {
    first: '2021-01-01T00:00:00.000Z',
    second: '2021-02-01T00:00:00.000Z',
    third: '2021-03-01T00:00:00.000Z',
    side: '2021-04-01T00:00:00.000Z',
    main: '2021-05-01T00:00:00.000Z',
    merge: '2021-06-01T00:00:00.000Z',
    last: '2021-07-01T00:00:00.000Z',
    nested: '2022-01-01T00:00:00.000Z',
    other: '2023-01-01T00:00:00.000Z',
  };
  const SPECIAL = "docs/special dir/Spaß & notes [1] *draft* 'it''s' $HOME 日本 (v2).md";
  let root: string; // holds every repository of this block, and the plain directory
  let many: string; // the main repository
  let nested: string; // an (untracked) repository inside `many`'s working tree
  let other: string; // a repository of its own
  let loose: string; // a directory outside any repository
  /** Absolute path → the expected ISO date, or undefined when there is no true commit date. */
  const expected = new Map<string, string | undefined>();

  function gitIn(cwd: string, date: string, ...args: string[]): void {
    execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], {
      cwd,
      stdio: 'pipe',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'T',
        GIT_AUTHOR_EMAIL: 't@example.com',
        GIT_COMMITTER_NAME: 'T',
        GIT_COMMITTER_EMAIL: 't@example.com',
        // The author time is always the same: only the committer time counts.
        GIT_AUTHOR_DATE: '2000-01-01T00:00:00Z',
        GIT_COMMITTER_DATE: date,
      },
    });
  }
  function write(dir: string, name: string, text: string): string {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return file;
  }
  const numbered = (i: number): string => [`f${i}.md`, `docs/f${i}.md`, `docs/deep/er/f${i}.md`][i % 3]!;
  const lines = (...changed: [number, string][]): string =>
    [1, 2, 3, 4, 5, 6, 7].map((n) => changed.find(([at]) => at === n)?.[1] ?? `line ${n}`).join('\n') + '\n';

  beforeAll(() => {
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'md-pdf-dates-')));
    many = path.join(root, 'many');
    nested = path.join(many, 'vendor/nested');
    other = path.join(root, 'other');
    loose = path.join(root, 'loose');
    for (const dir of [many, nested, other, loose]) fs.mkdirSync(dir, { recursive: true });

    gitIn(many, T.first, 'init', '-q');
    for (let i = 0; i < 20; i++) write(many, numbered(i), `# ${i}\n`);
    for (const name of ['edited.md', 'staged.md', 'old name.md', 'h.md', 'k.md'])
      write(many, name, `# ${name}\n`);
    write(many, 'g.md', lines());
    // A name that, taken as a pattern, would match newer files (docs/f7.md, docs/f10.md).
    write(many, 'docs/f*.md', '# not a pattern\n');
    gitIn(many, T.first, 'add', '.');
    gitIn(many, T.first, 'commit', '-q', '-m', 'first');
    write(many, numbered(3), '# 3, again\n');
    write(many, numbered(7), '# 7, again\n');
    write(many, SPECIAL, '# Special\n');
    gitIn(many, T.second, 'add', '.');
    gitIn(many, T.second, 'commit', '-q', '-m', 'second');
    write(many, numbered(10), '# 10, again\n');
    write(many, SPECIAL, '# Special, again\n');
    gitIn(many, T.third, 'mv', 'old name.md', 'docs/renamed.md');
    gitIn(many, T.third, 'commit', '-q', '-a', '-m', 'third');
    // A branch and a merge: g.md changed on both sides (the merge differs from both), k.md on the side only,
    // h.md on the main line only.
    gitIn(many, T.side, 'checkout', '-q', '-b', 'side');
    write(many, 'g.md', lines([1, 'side']));
    write(many, 'k.md', '# k, on the side\n');
    gitIn(many, T.side, 'commit', '-q', '-a', '-m', 'side');
    gitIn(many, T.side, 'checkout', '-q', '-');
    write(many, 'g.md', lines([7, 'main']));
    write(many, 'h.md', '# h, on the main line\n');
    gitIn(many, T.main, 'commit', '-q', '-a', '-m', 'main');
    gitIn(many, T.merge, 'merge', '-q', '--no-edit', 'side');
    write(many, numbered(0), '# 0, last\n');
    gitIn(many, T.last, 'commit', '-q', '-a', '-m', 'last');
    // Uncommitted work.
    fs.appendFileSync(path.join(many, 'edited.md'), 'changed\n');
    write(many, 'staged.md', '# staged, not committed\n');
    gitIn(many, T.last, 'add', 'staged.md');
    write(many, 'docs/untracked.md', '# untracked\n');
    write(many, 'docs/new dir/untracked é.md', '# untracked, in an untracked directory\n');

    gitIn(nested, T.nested, 'init', '-q');
    write(nested, 'b1.md', '# b1\n');
    write(nested, 'docs/b 2 ü.md', '# b2\n');
    gitIn(nested, T.nested, 'add', '.');
    gitIn(nested, T.nested, 'commit', '-q', '-m', 'nested');

    gitIn(other, T.other, 'init', '-q');
    write(other, 'o.md', '# o\n');
    gitIn(other, T.other, 'add', '.');
    gitIn(other, T.other, 'commit', '-q', '-m', 'other');
    write(loose, 'loose.md', '# loose\n');

    const at = (dir: string, name: string, date: string | undefined) =>
      expected.set(path.join(dir, name), date);
    for (let i = 0; i < 20; i++) {
      const date = i === 0 ? T.last : i === 3 || i === 7 ? T.second : i === 10 ? T.third : T.first;
      at(many, numbered(i), date);
    }
    at(many, SPECIAL, T.third);
    at(many, 'docs/f*.md', T.first);
    at(many, 'docs/renamed.md', T.third); // renames are not followed: the commit that renamed it
    at(many, 'g.md', T.merge);
    at(many, 'h.md', T.main);
    at(many, 'k.md', T.side);
    at(many, 'edited.md', undefined);
    at(many, 'staged.md', undefined);
    at(many, 'docs/untracked.md', undefined);
    at(many, 'docs/new dir/untracked é.md', undefined);
    at(nested, 'b1.md', T.nested);
    at(nested, 'docs/b 2 ü.md', T.nested);
    at(other, 'o.md', T.other);
    at(loose, 'loose.md', undefined);
    at(loose, 'missing/nowhere.md', undefined);
  });
  afterAll(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });

  /** Runs `body` with a `git` on PATH that logs each run; resolves with the number of git processes. */
  async function countingGit(body: () => Promise<unknown>): Promise<number> {
    const realGit = execFileSync('which', ['git'], { encoding: 'utf8' }).trim();
    const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'md-pdf-gitlog-'));
    const log = path.join(bin, 'runs.log');
    fs.writeFileSync(log, '');
    fs.writeFileSync(
      path.join(bin, 'git'),
      `#!/bin/sh\necho "$1 $2 $3 $4 $5" >> '${log}'\nexec '${realGit}' "$@"\n`,
      { mode: 0o755 },
    );
    const pathBefore = process.env.PATH;
    process.env.PATH = `${bin}${path.delimiter}${pathBefore ?? ''}`;
    try {
      await body();
      return fs.readFileSync(log, 'utf8').split('\n').filter(Boolean).length;
    } finally {
      process.env.PATH = pathBefore;
      fs.rmSync(bin, { recursive: true, force: true });
    }
  }

  it("gives each file its last commit's time, in several repositories, the same as commitDateOf", async () => {
    const files = [...expected.keys()];
    const dates = await commitDatesOf(files);
    expect(new Map([...dates].map(([file, date]) => [file, date?.toISOString()]))).toEqual(expected);
    for (const file of files) {
      expect((await commitDateOf(file))?.toISOString(), file).toBe(dates.get(file)?.toISOString());
    }
  });

  it('finds a file through a symbolic link to its directory, and a file given twice', async () => {
    const link = path.join(root, 'link');
    fs.symlinkSync(path.join(many, 'docs'), link);
    const file = path.join(link, 'f1.md');
    const dates = await commitDatesOf([file, file, path.join(many, numbered(3))]);
    expect(dates.get(file)?.toISOString()).toBe(T.first);
    expect((await commitDateOf(file))?.toISOString()).toBe(T.first);
    expect(dates.get(path.join(many, numbered(3)))?.toISOString()).toBe(T.second);
  });

  it('SourceDates: the commit time, else now; SOURCE_DATE_EPOCH first', async () => {
    const files = [...expected.keys()];
    const dates = new SourceDates(files, undefined);
    const before = Date.now();
    for (const [file, date] of expected) {
      const got = await dates.for(file);
      if (date) expect(got.toISOString(), file).toBe(date);
      else {
        expect(got.getTime(), file).toBeGreaterThanOrEqual(before);
        expect(got.getTime(), file).toBeLessThanOrEqual(Date.now());
      }
    }
    // A file that is not one of the run's is still answered.
    expect((await dates.for(path.join(many, 'h.md'))).toISOString()).toBe(T.main);
    expect((await new SourceDates([], undefined).for(path.join(other, 'o.md'))).toISOString()).toBe(T.other);

    const epoch = new Date('2001-02-03T04:05:06Z');
    const overridden = new SourceDates(files, epoch);
    for (const file of files) expect(await overridden.for(file)).toBe(epoch);
  });

  it('in a shallow clone, every committed file dates from the checked-out commit', async () => {
    const shallow = path.join(root, 'shallow');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${many}`, shallow], { stdio: 'pipe' });
    const files = [...expected.keys()]
      .filter((file) => file.startsWith(many + path.sep) && !file.startsWith(nested))
      .map((file) => path.join(shallow, path.relative(many, file)))
      .filter((file) => fs.existsSync(file));
    expect(files.length).toBeGreaterThan(20);
    const dates = await commitDatesOf(files);
    for (const file of files) {
      expect(dates.get(file)?.toISOString(), file).toBe(T.last);
      expect((await commitDateOf(file))?.toISOString(), file).toBe(T.last);
    }
  });

  it.skipIf(process.platform === 'win32')(
    'runs at most two git processes per repository, however many files; none with SOURCE_DATE_EPOCH',
    async () => {
      const inMany = [...expected.keys()].filter(
        (f) => f.startsWith(many + path.sep) && !f.startsWith(nested),
      );
      const few = await countingGit(() => commitDatesOf(inMany.slice(0, 3)));
      const all = await countingGit(() => commitDatesOf(inMany));
      expect(few).toBe(2);
      expect(all).toBe(2);
      // Three repositories (one nested in another) and files outside any: two processes per repository.
      const everything = await countingGit(async () => {
        const dates = new SourceDates([...expected.keys()], undefined);
        await Promise.all([...expected.keys()].map((file) => dates.for(file)));
      });
      expect(everything).toBe(6);
      // Only files with changes: `git status` alone.
      const changed = ['edited.md', 'staged.md', 'docs/untracked.md'].map((name) => path.join(many, name));
      expect(await countingGit(() => commitDatesOf(changed))).toBe(1);
      expect(await countingGit(() => commitDatesOf([path.join(loose, 'loose.md')]))).toBe(0);
      // The per-file lookup, for comparison: two per file.
      expect(await countingGit(() => Promise.all(inMany.slice(0, 5).map(commitDateOf)))).toBe(10);

      const epoch = new Date('2001-02-03T04:05:06Z');
      const overridden = await countingGit(async () => {
        const dates = new SourceDates([...expected.keys()], epoch);
        await Promise.all([...expected.keys()].map((file) => dates.for(file)));
      });
      expect(overridden).toBe(0);
    },
  );

  it.skipIf(process.platform === 'win32')(
    'splits thousands of long paths over a few command lines',
    async () => {
      const big = path.join(root, 'big');
      fs.mkdirSync(big);
      gitIn(big, T.first, 'init', '-q');
      const names = Array.from(
        { length: 1500 },
        (_, i) =>
          `a rather long directory name/and a rather long file name, number ${String(i).padStart(4, '0')}.md`,
      );
      for (const name of names) write(big, name, `# ${name}\n`);
      gitIn(big, T.first, 'add', '.');
      gitIn(big, T.first, 'commit', '-q', '-m', 'many');
      write(big, names[0]!, '# newer\n');
      gitIn(big, T.second, 'commit', '-q', '-a', '-m', 'newer');
      fs.appendFileSync(path.join(big, names[1]!), 'changed\n');
      const files = names.map((name) => path.join(big, name));
      let dates = new Map<string, Date | undefined>();
      const runs = await countingGit(async () => (dates = await commitDatesOf(files)));
      expect(runs).toBeGreaterThan(2); // more than 100 kB of paths: more than one command line
      expect(runs).toBeLessThanOrEqual(6);
      expect(dates.get(files[0]!)?.toISOString()).toBe(T.second);
      expect(dates.get(files[1]!)).toBeUndefined();
      for (const file of files.slice(2)) expect(dates.get(file)?.toISOString()).toBe(T.first);
    },
  );
});
