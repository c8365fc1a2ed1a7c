import { isInside } from '../shared/paths.js';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pdfPathFor } from '../markdown/plugins/rehype-document-links.js';
import * as glob from '@actions/glob';
import { posixRelative } from '../shared/format.js';

/** One Markdown file to convert and where its PDF goes. */
export interface SourceFile {
  /** Absolute path as matched (may be a symlink inside the workspace). */
  path: string;
  /** Path relative to the workspace, with forward slashes: used in messages, outputs and annotations. */
  relativePath: string;
  /** Absolute path of the PDF to write. */
  outputPath: string;
}

/** A matched path that cannot be converted, with the reason. */
export interface RejectedFile {
  relativePath: string;
  reason: string;
}

/** Dependency folders are never documentation, whatever the patterns say. */
const ALWAYS_EXCLUDED = ['!**/node_modules/**'];

/**
 * Turns user patterns (one per line, `!` to exclude) into patterns rooted at the workspace, because
 * @actions/glob resolves relative patterns against the process's cwd, not the workspace.
 */
export function rootPatterns(patterns: readonly string[], workspace: string): string[] {
  const rooted = patterns
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const negated = line.startsWith('!');
      const body = negated ? line.slice(1) : line;
      const absolute = path.isAbsolute(body) ? body : path.join(workspace, body);
      return (negated ? '!' : '') + absolute;
    });
  return [...rooted, ...ALWAYS_EXCLUDED.map((p) => '!' + path.join(workspace, p.slice(1)))];
}

/**
 * Maps `reports/2025/a.md` to `<outputDir>/reports/2025/a.pdf`: folders are mirrored so names never collide.
 * A name too long for the file system once `.pdf` and the temporary suffix are added is cut, with a
 * short hash (see fitFileName).
 */
export function outputPathFor(relativePath: string, outputDir: string): string {
  return path.join(outputDir, pdfPathFor(relativePath));
}

/**
 * Finds the Markdown files the patterns select, sorted by workspace-relative path. Files that resolve
 * (through symlinks) outside the workspace, and files whose PDF would overwrite another's, are rejected
 * with a reason instead of being converted.
 *
 * Symlinked folders are not descended into: a PR could add a link to `/` and make the glob walk the whole
 * disk (and fail on the first folder it may not read). A symlinked file is matched, then refused unless
 * its target lies inside the workspace.
 */
export async function findMarkdownFiles(
  patterns: readonly string[],
  workspace: string,
  outputDir: string,
): Promise<{ files: SourceFile[]; rejected: RejectedFile[] }> {
  const realWorkspace = await fs.realpath(workspace);
  const globber = await glob.create(rootPatterns(patterns, workspace).join('\n'), {
    followSymbolicLinks: false,
    matchDirectories: false,
    implicitDescendants: false,
  });
  const matched = [...new Set(await globber.glob())];
  const files: SourceFile[] = [];
  const rejected: RejectedFile[] = [];
  const outputs = new Set<string>();

  const candidates = matched
    .map((abs) => ({ abs, relativePath: posixRelative(workspace, abs) }))
    .sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0));

  for (const { abs, relativePath } of candidates) {
    if (!isInside(workspace, abs)) {
      rejected.push({ relativePath: abs, reason: 'the file lies outside the workspace' });
      continue;
    }
    const real = await fs.realpath(abs).catch(() => undefined);
    if (!real) {
      rejected.push({
        relativePath,
        reason:
          'it is a broken symlink (its target does not exist); fix the link or exclude it with a ! pattern',
      });
      continue;
    }
    if (!isInside(realWorkspace, real)) {
      rejected.push({
        relativePath,
        reason:
          'it is a symlink that points outside the workspace, and only files inside the workspace are ' +
          'converted; replace the link with the file or exclude it with a ! pattern',
      });
      continue;
    }
    const outputPath = outputPathFor(relativePath, outputDir);
    if (outputs.has(outputPath)) {
      rejected.push({
        relativePath,
        reason: `its PDF ${path.relative(outputDir, outputPath)} would overwrite another file's; rename one of them`,
      });
      continue;
    }
    outputs.add(outputPath);
    files.push({ path: abs, relativePath, outputPath });
  }
  return { files, rejected };
}
