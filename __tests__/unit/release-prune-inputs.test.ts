import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { getInputs } from '../../src/action/inputs.js';

describe('the release-prune input', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'md-pdf-prune-inputs-'));
  const set: string[] = [];
  const input = (name: string, value: string) => {
    const key = `INPUT_${name.toUpperCase()}`;
    set.push(key);
    process.env[key] = value;
  };
  afterEach(() => {
    for (const key of set.splice(0)) delete process.env[key];
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('is off by default and on with a release tag', () => {
    expect(getInputs({ GITHUB_WORKSPACE: root }).publish.releasePrune).toBe(false);
    input('release-tag', 'nightly');
    input('release-prune', 'true');
    expect(getInputs({ GITHUB_WORKSPACE: root }).publish).toMatchObject({
      releaseTag: 'nightly',
      releasePrune: true,
    });
  });

  it('is refused with shard, where each job would delete the others’ assets, and without a release tag', () => {
    input('release-prune', 'true');
    expect(() => getInputs({ GITHUB_WORKSPACE: root })).toThrow(/^release-prune needs release-tag/);
    input('release-tag', 'nightly');
    input('shard', '1/2');
    expect(() => getInputs({ GITHUB_WORKSPACE: root })).toThrow(
      /^release-prune cannot be combined with shard: each shard would delete the PDFs the other shards uploaded/,
    );
    input('release-prune', 'maybe');
    expect(() => getInputs({ GITHUB_WORKSPACE: root })).toThrow(/release-prune/);
  });
});
