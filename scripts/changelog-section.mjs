// Prints the CHANGELOG.md section of one version, the release notes of its GitHub release:
//   node scripts/changelog-section.mjs 1.2.0 [CHANGELOG.md]
//   node scripts/changelog-section.mjs --tag v1.2.0   (also checks that package.json has that version)
// Exits 1 when the version has no section or an empty one, so a release never goes out without notes.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The body of `## [version]` (Keep a Changelog: `## [1.2.0] - 2026-12-01`), without its heading, up to
 * the next `## ` heading or the link references at the end. Undefined when the version has no section.
 */
export function changelogSection(changelog, version) {
  const lines = changelog.split(/\r?\n/);
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const heading = new RegExp(`^## \\[?v?${escaped}\\]?(?:\\s|$)`);
  const start = lines.findIndex((line) => heading.test(line));
  if (start < 0) return undefined;
  const body = [];
  for (const line of lines.slice(start + 1)) {
    if (/^## /.test(line) || /^\[[^\]]+\]:\s/.test(line)) break;
    body.push(line);
  }
  return body.join('\n').trim();
}

/** The version a release tag names: `v1.2.3` → `1.2.3`; undefined for anything else. */
export function tagVersion(tag) {
  const match = /^v(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/.exec(tag);
  return match?.[1];
}

/** Why `tag` cannot be released with this package.json, or undefined when it can. */
export function tagProblem(tag, packageVersion) {
  const version = tagVersion(tag);
  if (!version) return `"${tag}" is not a release tag; release tags look like v1.2.3`;
  if (version !== packageVersion) {
    return `the tag ${tag} does not match package.json's version ${packageVersion}; run npm version ${version} --no-git-tag-version, commit, and tag again`;
  }
  return undefined;
}

function fail(message, code = 1) {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const args = process.argv.slice(2);
  let version;
  let file = path.join(root, 'CHANGELOG.md');
  if (args[0] === '--tag') {
    const { version: packageVersion } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    const problem = args[1] ? tagProblem(args[1], packageVersion) : 'usage: --tag v1.2.3';
    if (problem) fail(problem);
    version = packageVersion;
  } else {
    if (!args[0]) fail('usage: node scripts/changelog-section.mjs VERSION [CHANGELOG.md] | --tag vX.Y.Z', 2);
    version = args[0].replace(/^v/, '');
    if (args[1]) file = args[1];
  }
  const section = changelogSection(fs.readFileSync(file, 'utf8'), version);
  if (!section) fail(`${file} has no notes for ${version}: add a "## [${version}] - YYYY-MM-DD" section`);
  process.stdout.write(`${section}\n`);
}
