// The release workflow's own shell steps, run as GitHub runs them (bash -eo pipefail, the same
// environment variables) against real git repositories in temporary folders: the version and notes
// check, and moving the major tag. Nothing here reaches GitHub.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, tempDir } from '../helpers/render.js';

interface Step {
  name?: string;
  run?: string;
}

const STEPS = (
  YAML.parse(fs.readFileSync(path.join(REPO_ROOT, '.github/workflows/release.yml'), 'utf8')) as {
    jobs: { release: { steps: Step[] } };
  }
).jobs.release.steps;

function stepScript(name: string): string {
  const step = STEPS.find((s) => s.name === name);
  expect(step?.run, `release.yml has a step "${name}"`).toBeDefined();
  return step!.run!;
}

/** Runs a step's script the way a GitHub-hosted runner does (`shell: bash`). */
function runStep(script: string, cwd: string, env: Record<string, string>) {
  return spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
  });
}

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e.x', ...args], {
    cwd,
    encoding: 'utf8',
  }).trim();

const CHANGELOG = `# Changelog

## [Unreleased]

## [1.2.3] - 2026-12-01

### Fixed
- "1 page", not "1 pages".

## [1.2.2] - 2026-11-20

- Older.
`;

/** A checkout holding the release script, a package.json of `version` and the CHANGELOG above. */
function checkout(version: string): { dir: string; notes: string } {
  const dir = tempDir('release-checkout');
  fs.mkdirSync(path.join(dir, 'scripts'));
  fs.copyFileSync(
    path.join(REPO_ROOT, 'scripts/changelog-section.mjs'),
    path.join(dir, 'scripts/changelog-section.mjs'),
  );
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'x', version, type: 'module' }));
  fs.writeFileSync(path.join(dir, 'CHANGELOG.md'), CHANGELOG);
  const runnerTemp = tempDir('release-runner-temp');
  return { dir, notes: path.join(runnerTemp, 'notes.md') };
}

describe('release.yml "Version and release notes"', () => {
  const script = stepScript('Version and release notes');

  it("writes the tag's CHANGELOG section as the notes when package.json has the tag's version", () => {
    const { dir, notes } = checkout('1.2.3');
    const run = runStep(script, dir, { GITHUB_REF_NAME: 'v1.2.3', RUNNER_TEMP: path.dirname(notes) });
    expect(run.status, run.stderr).toBe(0);
    expect(fs.readFileSync(notes, 'utf8')).toBe('### Fixed\n- "1 page", not "1 pages".\n');
  });

  it('fails the release when package.json has another version, saying what to do', () => {
    const { dir, notes } = checkout('1.2.2');
    const run = runStep(script, dir, { GITHUB_REF_NAME: 'v1.2.3', RUNNER_TEMP: path.dirname(notes) });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      "the tag v1.2.3 does not match package.json's version 1.2.2; run npm version 1.2.3 --no-git-tag-version",
    );
  });

  it('fails the release when the CHANGELOG has no section for the version', () => {
    const { dir, notes } = checkout('1.2.4');
    const run = runStep(script, dir, { GITHUB_REF_NAME: 'v1.2.4', RUNNER_TEMP: path.dirname(notes) });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('has no notes for 1.2.4: add a "## [1.2.4] - YYYY-MM-DD" section');
  });
});

describe('release.yml "Create the GitHub release"', () => {
  it('passes gh the notes file the notes step wrote, and marks a pre-release tag as one', () => {
    const notesFile = /> ("\$RUNNER_TEMP\/[\w.-]+")/.exec(stepScript('Version and release notes'))?.[1];
    expect(notesFile).toBeDefined();
    const create = stepScript('Create the GitHub release');
    expect(create).toContain(`--notes-file ${notesFile}`);
    expect(create).toContain('--verify-tag');
    expect(create).toMatch(/case "\$GITHUB_REF_NAME" in \*-\*\) prerelease="--prerelease"/);
  });
});

describe('release.yml "Move the major tag"', () => {
  const script = stepScript('Move the major tag');

  /** A bare "origin" and a clone of it with one commit per entry of `messages`. */
  function repository(messages: string[]): { origin: string; clone: string; commits: string[] } {
    const origin = tempDir('release-origin');
    git(origin, 'init', '-q', '--bare');
    const clone = tempDir('release-clone');
    git(clone, 'init', '-q');
    git(clone, 'remote', 'add', 'origin', origin);
    const commits = messages.map((message) => {
      git(clone, 'commit', '-q', '--allow-empty', '-m', message);
      return git(clone, 'rev-parse', 'HEAD');
    });
    return { origin, clone, commits };
  }

  const tagIn = (repo: string, tag: string) =>
    spawnSync('git', ['rev-parse', '--verify', '-q', `refs/tags/${tag}^{commit}`], {
      cwd: repo,
      encoding: 'utf8',
    }).stdout.trim();

  it('points v1 at each v1.x.y release in turn, on the remote', () => {
    const { origin, clone, commits } = repository(['Release 1.0.0', 'Release 1.1.0']);
    const release = (tag: string, sha: string) => {
      const run = runStep(script, clone, { GITHUB_REF_NAME: tag, GITHUB_SHA: sha });
      expect(run.status, run.stderr).toBe(0);
    };
    release('v1.0.0', commits[0]!);
    expect(tagIn(origin, 'v1')).toBe(commits[0]);
    // The next release moves it (a forced push of the existing tag).
    release('v1.1.0', commits[1]!);
    expect(tagIn(origin, 'v1')).toBe(commits[1]);
    expect(tagIn(origin, 'v2')).toBe('');
  });

  it('moves nothing for a pre-release', () => {
    const { origin, clone, commits } = repository(['Release 1.0.0', 'Release candidate 2']);
    runStep(script, clone, { GITHUB_REF_NAME: 'v1.0.0', GITHUB_SHA: commits[0]! });
    const run = runStep(script, clone, { GITHUB_REF_NAME: 'v2.0.0-rc.1', GITHUB_SHA: commits[1]! });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('pre-release: the major tag stays');
    expect(tagIn(origin, 'v2')).toBe('');
    expect(tagIn(origin, 'v1')).toBe(commits[0]);
  });
});
