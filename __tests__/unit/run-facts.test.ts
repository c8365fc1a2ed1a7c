// What both shells add to the plan once they know the files and the run (src/options/run-facts.ts).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { changeScopeContext, linkTargets, templateProvenance } from '../../src/options/run-facts.js';
import { readRunContext } from '../../src/shared/run-context.js';
import { tempDir, testOptions } from '../helpers/render.js';

const outputDir = '/ws/pdf';
const found = ['a.md', 'sub/b.md'].map((relativePath) => ({
  path: path.join('/ws', relativePath),
  relativePath,
  outputPath: path.join(outputDir, relativePath.replace(/\.md$/, '.pdf')),
}));
const run = readRunContext({
  GITHUB_REPOSITORY: 'octo/reports',
  GITHUB_SHA: '0123456789abcdef',
  GITHUB_REF_NAME: 'main',
  GITHUB_RUN_NUMBER: '42',
});

describe('linkTargets', () => {
  it('links every matched document; other files go to GitHub only in a workflow run', () => {
    expect(linkTargets(found, { outputDir })).toEqual({
      documentSet: ['a.md', 'sub/b.md'],
      repositoryFileUrl: undefined,
      publishedPdfUrls: undefined,
    });
    expect(linkTargets(found, { run, outputDir }).repositoryFileUrl).toBe(
      'https://github.com/octo/reports/blob/0123456789abcdef/',
    );
  });

  it('with a release tag, links each document to its own release asset', () => {
    const urls = linkTargets(found, { run, releaseTag: 'v1', outputDir }).publishedPdfUrls;
    expect(urls?.get('sub/b.md')).toMatch(
      /^https:\/\/github\.com\/octo\/reports\/releases\/download\/v1\/.*b\.pdf$/,
    );
    expect(linkTargets(found, { run, releaseTag: '', outputDir }).publishedPdfUrls).toBeUndefined();
  });
});

describe('templateProvenance', () => {
  it('takes {sha}, {ref} and {run} from the workflow run', async () => {
    const options = testOptions('/ws', outputDir);
    expect(await templateProvenance(options, run)).toEqual({ sha: '0123456', ref: 'main', run: '42' });
  });

  it('asks the checkout only when a template shows one of them', async () => {
    const workspace = tempDir('provenance');
    expect(await templateProvenance(testOptions(workspace, outputDir), 'checkout')).toBeUndefined();
    // Not a git checkout: the values are empty, not an error.
    const withSha = testOptions(workspace, outputDir, { footer: '{sha}' });
    expect(await templateProvenance(withSha, 'checkout')).toEqual({
      sha: undefined,
      ref: undefined,
      run: process.env.GITHUB_RUN_NUMBER || undefined,
    });
  });
});

describe('changeScopeContext', () => {
  it('hands narrowing the patterns, the stylesheet, the size limit and whether a book is made', () => {
    const convert = testOptions('/ws', outputDir, { css: 'print.css', merge: '/ws/pdf/book.pdf' });
    expect(changeScopeContext({ patterns: ['**/*.md'], convert })).toEqual({
      workspace: '/ws',
      patterns: ['**/*.md'],
      css: 'print.css',
      maxFileSize: convert.maxFileSize,
      merge: true,
    });
  });
});
