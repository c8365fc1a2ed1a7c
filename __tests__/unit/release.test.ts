import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs release script without type declarations
import { changelogSection, tagProblem, tagVersion } from '../../scripts/changelog-section.mjs';
import { REPO_ROOT } from '../helpers/render.js';

const read = (file: string) => fs.readFileSync(path.join(REPO_ROOT, file), 'utf8');

const CHANGELOG = `# Changelog

## [Unreleased]

### Added
- Next thing.

## [1.2.0] - 2026-12-01

### Added
- \`--watch\`.

### Fixed
- "1 page", not "1 pages".

## [1.1.0] - 2026-11-02

- Older.

[1.2.0]: https://github.com/org/md-pdf-action/releases/tag/v1.2.0
`;

describe('release notes from the CHANGELOG', () => {
  it("takes one version's section, without its heading, up to the next version", () => {
    expect(changelogSection(CHANGELOG, '1.2.0')).toBe(
      '### Added\n- `--watch`.\n\n### Fixed\n- "1 page", not "1 pages".',
    );
  });

  it('stops at the link references of the last section, and finds no section for an unknown version', () => {
    expect(changelogSection(CHANGELOG, '1.1.0')).toBe('- Older.');
    expect(changelogSection(CHANGELOG, '1.0.0')).toBeUndefined();
    // 1.2 is not 1.2.0, and 1.2.0 is not 11.2.0.
    expect(changelogSection(CHANGELOG, '1.2')).toBeUndefined();
    expect(changelogSection(CHANGELOG.replace('[1.2.0]', '[11.2.0]'), '1.2.0')).toBeUndefined();
  });

  it('reads release tags and refuses a tag that does not match package.json', () => {
    expect(tagVersion('v1.2.3')).toBe('1.2.3');
    expect(tagVersion('v2.0.0-rc.1')).toBe('2.0.0-rc.1');
    expect(tagVersion('v1')).toBeUndefined();
    expect(tagVersion('1.2.3')).toBeUndefined();
    expect(tagProblem('v1.2.3', '1.2.3')).toBeUndefined();
    expect(tagProblem('v1.2.4', '1.2.3')).toMatch(/does not match package.json's version 1\.2\.3/);
    expect(tagProblem('latest', '1.2.3')).toMatch(/not a release tag/);
  });
});

describe('release workflow and Marketplace readiness', () => {
  it('runs on version tags, checks everything before it releases, then moves the major tag', () => {
    const workflow = YAML.parse(read('.github/workflows/release.yml')) as {
      on: { push: { tags: string[] } };
      jobs: { release: { steps: Array<{ run?: string; name?: string }> } };
    };
    expect(workflow.on.push.tags).toEqual(['v*.*.*']);
    const runs = workflow.jobs.release.steps.map((s) => s.run ?? '');
    const at = (text: string) => runs.findIndex((run) => run.includes(text));
    const release = at('gh release create');
    for (const check of [
      'changelog-section.mjs --tag',
      'npm run typecheck',
      'npx eslint',
      'prettier --check',
      'npm run bundle',
      'npm test',
    ]) {
      expect(at(check), check).toBeGreaterThanOrEqual(0);
      expect(at(check), check).toBeLessThan(release);
    }
    expect(runs[release]).toContain('--notes-file');
    expect(at('git push --force origin "refs/tags/$major"')).toBeGreaterThan(release);
  });

  it('action.yml has a name, a short description and branding; the README pins @v1 everywhere', () => {
    const action = YAML.parse(read('action.yml')) as {
      name: string;
      description: string;
      branding: { icon: string; color: string };
    };
    expect(action.name.length).toBeGreaterThan(0);
    expect(action.description.length).toBeLessThanOrEqual(125);
    expect(action.branding).toEqual({ icon: expect.any(String), color: expect.any(String) });
    const uses = [...read('README.md').matchAll(/uses: (\S*md-pdf-action\S*)/g)].map((m) => m[1]);
    expect(uses.length).toBeGreaterThan(3);
    expect(new Set(uses)).toEqual(new Set(['org/md-pdf-action@v1']));
  });
});

describe('README: Versioning and Releasing', () => {
  /** The text of one `## heading` section of the README. */
  const section = (heading: string) => {
    const readme = read('README.md');
    const start = readme.indexOf(`\n## ${heading}\n`);
    expect(start, heading).toBeGreaterThanOrEqual(0);
    const end = readme.indexOf('\n## ', start + 1);
    return readme.slice(start, end < 0 ? undefined : end);
  };

  it('Versioning promises the inputs, every output of action.yml, and the look of the PDF', () => {
    const versioning = section('Versioning');
    const outputs = Object.keys(
      (YAML.parse(read('action.yml')) as { outputs: Record<string, unknown> }).outputs,
    );
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) expect(versioning, output).toContain(`\`${output}\``);
    expect(versioning).toMatch(/\*\*Inputs\*\*/);
    expect(versioning).toMatch(/\*\*The PDF's look\*\*/);
  });

  it('Releasing gives the steps, with the check the workflow runs first and the first v1.0.0', () => {
    const releasing = section('Releasing');
    expect(releasing).toContain('node scripts/changelog-section.mjs --tag vX.Y.Z');
    expect(releasing).toContain('npm version X.Y.Z --no-git-tag-version');
    expect(releasing).toContain('git tag vX.Y.Z && git push origin vX.Y.Z');
    expect(releasing).toMatch(/first release, `v1\.0\.0`/);
  });
});
