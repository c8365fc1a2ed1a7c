import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { execCommand } from '../shared/exec.js';

/** How long one git process may take before it is given up on (and killed). */
const GIT_TIMEOUT_MS = 10_000;

/**
 * The most bytes of paths one git command line carries; more paths are split over several processes.
 * Windows caps a whole command line at 32,767 characters; Linux caps the arguments and environment
 * together at about 2 MB.
 */
const MAX_PATHS_LENGTH = process.platform === 'win32' ? 16_000 : 100_000;

/** The environment git runs in. */
function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // No optional locks: `git status` would otherwise refresh (and lock) the index, and two documents
    // converted at once would trip over each other's lock.
    GIT_OPTIONAL_LOCKS: '0',
    // Paths are file names, not patterns: `notes[1].md` or `*.md` must not match other files.
    GIT_LITERAL_PATHSPECS: '1',
  };
  // Git refuses to combine literal pathspecs with these.
  delete env.GIT_GLOB_PATHSPECS;
  delete env.GIT_NOGLOB_PATHSPECS;
  delete env.GIT_ICASE_PATHSPECS;
  return env;
}

/**
 * Configuration that would change what `git log` prints: `log.follow` (follow renames when there is a
 * single path; a file's last commit here deliberately does not follow renames) and `log.showSignature`
 * (signature checks printed among the output).
 */
const LOG_CONFIG = ['-c', 'log.follow=false', '-c', 'log.showSignature=false'];

/** Runs git in `cwd`; resolves with its output, or undefined when git fails, is missing or is slow. */
function git(args: string[], cwd: string): Promise<string | undefined> {
  return execCommand('git', args, { cwd, timeoutMs: GIT_TIMEOUT_MS, env: gitEnv() }).catch(() => undefined);
}

/**
 * The time of the last commit that touched `file`, when the file is committed and unchanged since:
 * then rebuilding the same commit gives the same PDF, byte for byte. Undefined when git is missing,
 * the file is not in a repository (or git refuses it), not committed, or has uncommitted changes (its
 * content is newer than any commit, so no commit time would be true).
 *
 * In a shallow clone (actions/checkout's default depth of 1) every file's last commit is the checked-out
 * one: still the same date for the same commit.
 *
 * Two git processes per file: for a run's files, {@link commitDatesOf} (or {@link SourceDates}) does the
 * same in one or two per repository.
 */
export async function commitDateOf(file: string): Promise<Date | undefined> {
  return (await lastCommitOf(file))?.date;
}

/** The last commit that changed a file: its time and hash. */
export interface SourceCommit {
  date: Date;
  /** Full hash of the commit. */
  commit: string;
}

/** {@link commitDateOf} with the commit's hash. */
export async function lastCommitOf(file: string): Promise<SourceCommit | undefined> {
  const cwd = path.dirname(file);
  const name = path.basename(file);
  const status = await git(['status', '--porcelain', '--untracked-files=all', '--', name], cwd);
  if (status === undefined || status.trim() !== '') return undefined;
  const line = (await git([...LOG_CONFIG, 'log', '-1', '--format=%ct %H', '--', name], cwd))?.trim();
  const match = line === undefined ? null : /^(\d+) ([0-9a-f]{40,64})$/.exec(line);
  if (!match) return undefined;
  return { date: new Date(Number(match[1]) * 1000), commit: match[2]! };
}

/**
 * The creation and modification date a PDF carries: `override` (SOURCE_DATE_EPOCH) when set, else the
 * source file's commit time, else now.
 */
export async function sourceDateFor(file: string, override: Date | undefined): Promise<Date> {
  return override ?? (await commitDateOf(file)) ?? new Date();
}

/** Commit dates for a run's files, looked up together on first use. */
export class SourceDates {
  readonly #files: readonly string[];
  readonly #known: ReadonlySet<string>;
  readonly #override: Date | undefined;
  #dates: Promise<Map<string, SourceCommit | undefined>> | undefined;

  /** `files`: the run's source files (absolute paths); `override`: SOURCE_DATE_EPOCH, when set. */
  constructor(files: readonly string[], override: Date | undefined) {
    this.#files = [...files];
    this.#known = new Set(files);
    this.#override = override;
  }

  /**
   * Same contract as {@link sourceDateFor}`(file, override)`: the override when set (git never runs),
   * else the file's commit time, else now. The first call looks up every file of the run at once.
   * Never rejects.
   */
  async for(file: string): Promise<Date> {
    if (this.#override !== undefined) return this.#override;
    // Not one of the run's files: looked up on its own.
    if (!this.#known.has(file)) return sourceDateFor(file, undefined);
    return (await this.#lookup()).get(file)?.date ?? new Date();
  }

  /**
   * The last commit that changed the file (full hash), recorded in the PDF's metadata; undefined when the
   * file has uncommitted changes or is not in a repository, or with SOURCE_DATE_EPOCH (git never runs).
   */
  async commitFor(file: string): Promise<string | undefined> {
    if (this.#override !== undefined) return undefined;
    if (!this.#known.has(file)) return (await lastCommitOf(file))?.commit;
    return (await this.#lookup()).get(file)?.commit;
  }

  #lookup(): Promise<Map<string, SourceCommit | undefined>> {
    this.#dates ??= lastCommitsOf(this.#files).catch(() => new Map());
    return this.#dates;
  }
}

/**
 * {@link commitDateOf} for many files at once: the same answers (a date, or undefined when there is no
 * true commit date), for one or two git processes per repository however many files there are (more
 * only when the paths would overflow a command line). Files in different repositories, nested ones and
 * submodules included, are looked up in their own repository; files outside any repository cost no
 * process at all.
 *
 * Per repository: one `git status` finds the files with uncommitted changes (or untracked), then one
 * `git log` over the remaining files walks the history from HEAD and is stopped as soon as every one of
 * them has been seen, so a deep history costs little. A file's date is the first commit of that walk that
 * changed it (a merge counts when the file differs from every parent), the commit `git log -1 -- file`
 * shows. (Only after a merge that threw away one side's change to a file, or where both sides made the
 * same change separately, can the two differ; still the same date for the same commit and files.)
 */
export async function commitDatesOf(files: readonly string[]): Promise<Map<string, Date | undefined>> {
  const commits = await lastCommitsOf(files);
  return new Map([...commits].map(([file, found]) => [file, found?.date]));
}

/** {@link commitDatesOf} with each commit's hash. */
export async function lastCommitsOf(
  files: readonly string[],
): Promise<Map<string, SourceCommit | undefined>> {
  const unique = [...new Set(files)];
  const dates = new Map<string, SourceCommit | undefined>(unique.map((file) => [file, undefined]));
  if (['GIT_DIR', 'GIT_WORK_TREE', 'GIT_CEILING_DIRECTORIES'].some((name) => process.env[name])) {
    // Git does not look for the repository the usual way: ask it about each file, as commitDateOf does.
    await Promise.all(unique.map(async (file) => dates.set(file, await lastCommitOf(file))));
    return dates;
  }
  // Repository root → path in the repository (with /) → the given paths of that file.
  const repositories = new Map<string, Map<string, string[]>>();
  const roots = new Map<string, Promise<string | undefined>>();
  const located = await Promise.all(unique.map((file) => locate(file, roots)));
  unique.forEach((file, i) => {
    const where = located[i];
    if (!where) return;
    const names = repositories.get(where.root) ?? new Map<string, string[]>();
    repositories.set(where.root, names);
    names.set(where.name, [...(names.get(where.name) ?? []), file]);
  });
  await Promise.all(
    [...repositories].map(async ([root, names]) => {
      const found = await commitDatesInRepository(root, [...names.keys()]);
      for (const [name, date] of found) for (const file of names.get(name) ?? []) dates.set(file, date);
    }),
  );
  return dates;
}

/** The repository `file` is in (the directory holding its `.git`) and its path there, as git spells it. */
async function locate(
  file: string,
  roots: Map<string, Promise<string | undefined>>,
): Promise<{ root: string; name: string } | undefined> {
  const absolute = path.resolve(file);
  // Git sees the real directory (symbolic links resolved), as the working directory of a process.
  const directory = await fs.realpath(path.dirname(absolute)).catch(() => undefined);
  if (directory === undefined) return undefined;
  const root = await repositoryRoot(directory, roots);
  if (root === undefined) return undefined;
  const name = path.relative(root, path.join(directory, path.basename(absolute)));
  return { root, name: name.split(path.sep).join('/') };
}

/**
 * The working tree `directory` belongs to, found as git finds it from there: the nearest directory,
 * upwards, with a `.git` file (submodules, linked worktrees) or a `.git` repository directory, without
 * crossing into another file system (unless GIT_DISCOVERY_ACROSS_FILESYSTEM). Undefined outside any.
 * `roots` caches the answer per directory.
 */
function repositoryRoot(
  directory: string,
  roots: Map<string, Promise<string | undefined>>,
): Promise<string | undefined> {
  let root = roots.get(directory);
  if (!root) {
    root = (async () => {
      if (await isRepositoryMarker(path.join(directory, '.git'))) return directory;
      const parent = path.dirname(directory);
      if (parent === directory) return undefined;
      if (process.platform !== 'win32' && !envFlag('GIT_DISCOVERY_ACROSS_FILESYSTEM')) {
        const [here, above] = await Promise.all([fs.stat(directory), fs.stat(parent)]);
        if (here.dev !== above.dev) return undefined;
      }
      return repositoryRoot(parent, roots);
    })().catch(() => undefined);
    roots.set(directory, root);
  }
  return root;
}

/** Whether `dotGit` makes its directory a working tree: a `.git` file, or a directory that is a repository. */
async function isRepositoryMarker(dotGit: string): Promise<boolean> {
  const stats = await fs.stat(dotGit).catch(() => undefined);
  // A `.git` file points at the repository (when it does not, git fails on it, and so the lookup).
  if (!stats?.isDirectory()) return stats?.isFile() ?? false;
  const parts = ['HEAD', 'refs', ...(process.env.GIT_OBJECT_DIRECTORY ? [] : ['objects'])];
  const present = await Promise.all(
    parts.map((part) =>
      fs.stat(path.join(dotGit, part)).then(
        () => true,
        () => false,
      ),
    ),
  );
  return present.every(Boolean);
}

function envFlag(name: string): boolean {
  return /^(1|true|yes|on)$/i.test(process.env[name] ?? '');
}

/** Last commits of `names` (paths in the repository at `root`); names without one are left out. */
async function commitDatesInRepository(
  root: string,
  names: readonly string[],
): Promise<Map<string, SourceCommit>> {
  const chunks = chunked([...names].sort());
  const changed = new Set<string>();
  await Promise.all(
    chunks.map(async (chunk) => {
      const status = await git(
        // Ignored files are listed too: they were never committed, and git log must not search for them.
        ['status', '--porcelain', '-z', '--untracked-files=all', '--ignored=matching', '--', ...chunk],
        root,
      );
      // No status, no date: as if every file of the chunk had changes.
      if (status === undefined) for (const name of chunk) changed.add(name);
      else for (const name of changedIn(status)) changed.add(name);
    }),
  );
  const committed = names.filter((name) => !changed.has(name)).sort();
  const dates = new Map<string, SourceCommit>();
  await Promise.all(
    chunked(committed).map(async (chunk) => {
      for (const [name, date] of await lastCommits(root, chunk)) dates.set(name, date);
    }),
  );
  return dates;
}

/** The paths `git status --porcelain -z` lists (both of a rename or copy). */
function changedIn(status: string): string[] {
  const paths: string[] = [];
  const entries = status.split('\0');
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (entry.length < 4) continue;
    paths.push(entry.slice(3));
    // `XY to\0from\0`: the origin of a rename or copy follows.
    if (/[RC]/.test(entry.slice(0, 2))) paths.push(entries[++i] ?? '');
  }
  return paths;
}

/** `names` split into lists short enough for one command line each. */
function chunked(names: readonly string[]): string[][] {
  const chunks: string[][] = [];
  let chunk: string[] = [];
  let length = 0;
  for (const name of names) {
    const size = Buffer.byteLength(name) + 1;
    if (chunk.length > 0 && length + size > MAX_PATHS_LENGTH) {
      chunks.push(chunk);
      chunk = [];
      length = 0;
    }
    chunk.push(name);
    length += size;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/**
 * The committer time of the last commit that changed each of `names`, from one `git log` over all of
 * them, stopped as soon as every name has been seen (or after the timeout: then the names seen so far).
 */
function lastCommits(root: string, names: readonly string[]): Promise<Map<string, SourceCommit>> {
  const wanted = new Set(names);
  const dates = new Map<string, SourceCommit>();
  return new Promise((resolve) => {
    const args = [
      ...LOG_CONFIG,
      'log',
      '--no-color',
      // Both names of a rename listed, as `git log -1 -- old` and `git log -1 -- new` each find it.
      '--no-renames',
      // The root commit (or a shallow clone's only one) lists the files it creates.
      '--root',
      // A merge lists the files that differ from every parent: then `git log -1 -- file` shows the merge.
      '-c',
      // Each commit is `/<time> <hash>\0`, then its files, each ending in \0 (the first after a line
      // feed). Paths never start with `/`, so a header cannot be taken for a path; -z: paths as they are.
      '--format=/%ct %H',
      '--name-only',
      '-z',
      '--',
      ...names,
    ];
    let child: ReturnType<typeof spawn> | undefined;
    let settled = false;
    const done = () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      // Stopped as soon as it is no longer needed (a no-op once it has exited).
      child?.kill();
      resolve(dates);
    };
    const timer = setTimeout(done, GIT_TIMEOUT_MS);
    try {
      child = spawn('git', args, {
        cwd: root,
        env: gitEnv(),
        windowsHide: true,
        stdio: ['ignore', 'pipe', 'ignore'],
      });
    } catch {
      done();
      return;
    }
    // Git missing: no dates. (Git failing exits, and the names seen until then keep their dates.)
    child.on('error', done);
    child.on('close', done);
    let seconds: number | undefined;
    let commit = '';
    let afterHeader = false;
    let rest = '';
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (data: string) => {
      if (settled) return;
      const tokens = (rest + data).split('\0');
      rest = tokens.pop() ?? '';
      for (let token of tokens) {
        if (afterHeader) {
          afterHeader = false;
          // A merge's files follow an empty field; a commit's first file, a line feed.
          if (token === '') continue;
          if (token.startsWith('\n')) token = token.slice(1);
        }
        if (token.startsWith('/')) {
          const header = /^\/(\d+) ([0-9a-f]{40,64})$/.exec(token);
          seconds = header ? Number(header[1]) : undefined;
          commit = header?.[2] ?? '';
          afterHeader = true;
          continue;
        }
        if (seconds === undefined || !wanted.has(token) || dates.has(token)) continue;
        dates.set(token, { date: new Date(seconds * 1000), commit });
        if (dates.size === wanted.size) return done();
      }
    });
  });
}
