import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { parseCli } from '../../src/cli/run.js';
import type { SourceFile } from '../../src/engine/discover.js';
import { getInputs } from '../../src/action/inputs.js';
import {
  assignShards,
  describeShard,
  DOCUMENT_OVERHEAD_BYTES,
  parseShard,
  selectShard,
  shardArtifactName,
} from '../../src/engine/shard.js';

/** A small seeded generator (mulberry32): property tests that fail, fail the same way every time. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Item {
  key: string;
  weight: number;
}

/** Report-like files: mostly a few KB, some long ones (log-uniform from 100 B to 200 KB). */
function randomItems(next: () => number, count: number, prefix = 'reports'): Item[] {
  return Array.from({ length: count }, (_, i) => ({
    key: `${prefix}/${Math.floor(next() * 20)}/report-${i}-${Math.floor(next() * 1e6)}.md`,
    weight: Math.round(100 * Math.pow(2000, next() ** 2)) + DOCUMENT_OVERHEAD_BYTES,
  }));
}

function loads(items: readonly Item[], shards: readonly number[], count: number): number[] {
  const result = new Array<number>(count).fill(0);
  shards.forEach((s, i) => (result[s]! += items[i]!.weight));
  return result;
}

describe('parseShard', () => {
  it('reads k/n, with or without spaces; empty means no sharding', () => {
    expect(parseShard('2/4', 'shard')).toEqual({ index: 2, count: 4 });
    expect(parseShard(' 1 / 1 ', 'shard')).toEqual({ index: 1, count: 1 });
    expect(parseShard('', 'shard')).toBeUndefined();
    expect(parseShard('  ', 'shard')).toBeUndefined();
  });

  it.each(['0/4', '5/4', '2/0', '2', '2/4/8', 'a/b', '-1/4', '1.5/4', '1/300', '${{ matrix.shard }}/4'])(
    'refuses %j with an error naming the input',
    (value) => {
      expect(() => parseShard(value, 'shard')).toThrow(/^shard must be "k\/n"/);
      expect(() => parseShard(value, '--shard')).toThrow(
        new RegExp(`--shard .*got "${value.replace(/[$/{}.]/g, '\\$&')}"`),
      );
    },
  );

  it('names the artifact of each shard <name>-k-of-n, and leaves "no artifact" alone', () => {
    expect(shardArtifactName('reports', { index: 2, count: 4 })).toBe('reports-2-of-4');
    expect(shardArtifactName('reports', undefined)).toBe('reports');
    expect(shardArtifactName('', { index: 2, count: 4 })).toBe('');
  });
});

describe('assignShards (properties, 300 seeded cases)', () => {
  const cases = Array.from({ length: 300 }, (_, seed) => {
    const next = random(seed + 1);
    const count = 1 + Math.floor(next() * 8);
    const items = randomItems(next, Math.floor(next() * 400));
    return { seed, count, items, next };
  });

  it('puts every file in exactly one shard, and the shards together are the whole set', () => {
    for (const { count, items } of cases) {
      const shards = assignShards(items, count);
      expect(shards).toHaveLength(items.length);
      expect(shards.every((s) => Number.isInteger(s) && s >= 0 && s < count)).toBe(true);
      const union = Array.from({ length: count }, (_, k) => items.filter((_, i) => shards[i] === k)).flat();
      expect(union.length).toBe(items.length);
      expect(new Set(union.map((item) => item.key))).toEqual(new Set(items.map((item) => item.key)));
    }
  });

  it('balances by size: each shard is within one file of total/n', () => {
    for (const { count, items } of cases) {
      if (items.length === 0) continue;
      const total = items.reduce((sum, item) => sum + item.weight, 0);
      const largest = Math.max(...items.map((item) => item.weight));
      for (const load of loads(items, assignShards(items, count), count)) {
        expect(Math.abs(load - total / count)).toBeLessThanOrEqual(largest);
      }
    }
  });

  it('gives equal shares of a batch of similar reports (within 10%)', () => {
    const next = random(42);
    const items = Array.from({ length: 500 }, (_, i) => ({
      key: `reports/daily-${i}.md`,
      weight: 2000 + Math.floor(next() * 6000) + DOCUMENT_OVERHEAD_BYTES,
    }));
    for (const count of [2, 4, 8]) {
      const shares = loads(items, assignShards(items, count), count);
      expect(Math.max(...shares) / Math.min(...shares)).toBeLessThan(1.1);
    }
  });

  it('is stable: adding a file moves only the few files next to a cut', () => {
    let moved = 0;
    let trials = 0;
    for (const { count, items, next } of cases) {
      if (items.length === 0) continue;
      const before = assignShards(items, count);
      const added = randomItems(next, 1, 'new')[0]!;
      const after = assignShards([...items, added], count);
      const changed = items.filter((_, i) => before[i] !== after[i]).length;
      // The cuts shift by less than the new file's weight: per cut, only files whose midpoints lie in
      // that window can change side.
      const smallest = Math.min(...items.map((item) => item.weight));
      expect(changed).toBeLessThanOrEqual((count - 1) * (Math.ceil(added.weight / smallest) + 1));
      moved += changed;
      trials++;
    }
    // On average far less than one file per shard moves (the bound above is the worst case).
    expect(moved / trials).toBeLessThan(2);
  });

  it('is stable on removal too, and ignores the order the files are listed in', () => {
    for (const { count, items } of cases.slice(0, 50)) {
      if (items.length < 2) continue;
      const shards = assignShards(items, count);
      const reversed = assignShards([...items].reverse(), count).reverse();
      expect(reversed).toEqual(shards);
      const fewer = assignShards(items.slice(1), count);
      const changed = items.slice(1).filter((_, i) => fewer[i] !== shards[i + 1]).length;
      const smallest = Math.min(...items.map((item) => item.weight));
      expect(changed).toBeLessThanOrEqual((count - 1) * (Math.ceil(items[0]!.weight / smallest) + 1));
    }
  });

  it('puts everything in the one shard of 1/1, and copes with more shards than files', () => {
    const items = randomItems(random(7), 5);
    expect(assignShards(items, 1)).toEqual([0, 0, 0, 0, 0]);
    expect(new Set(assignShards(items, 64)).size).toBe(5);
    expect(assignShards([], 4)).toEqual([]);
  });
});

describe('selectShard', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'md-pdf-shard-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('splits real files by their size on disk: the four shards add up to the whole, once each', async () => {
    const next = random(3);
    const files: SourceFile[] = Array.from({ length: 60 }, (_, i) => {
      const relativePath = `reports/r${i}.md`;
      const file = path.join(root, relativePath);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, '# Report\n\n' + 'text '.repeat(Math.floor(next() * 4000)));
      return { path: file, relativePath, outputPath: path.join(root, 'pdf', `r${i}.pdf`) };
    });
    const rejected = [
      { relativePath: 'a/broken-link.md', reason: 'broken symlink' },
      { relativePath: 'b/outside.md', reason: 'outside the workspace' },
    ];
    const parts = await Promise.all(
      [1, 2, 3, 4].map((index) => selectShard(files, rejected, { index, count: 4 })),
    );
    const sources = parts.flatMap((p) => p.files.map((f) => f.relativePath));
    expect(sources.sort()).toEqual(files.map((f) => f.relativePath).sort());
    expect(parts.flatMap((p) => p.rejected.map((r) => r.relativePath)).sort()).toEqual([
      'a/broken-link.md',
      'b/outside.md',
    ]);
    const total = parts[0]!.totalBytes;
    expect(parts.reduce((sum, p) => sum + p.bytes, 0)).toBe(total);
    for (const part of parts) expect(part.bytes).toBeGreaterThan(total / 4 / 2);
    // Files keep their discovery (glob) order inside a shard.
    for (const part of parts) {
      const order = part.files.map((f) => files.indexOf(f));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
    expect(describeShard({ index: 2, count: 4 }, parts[1]!)).toMatch(
      /^Shard 2\/4: \d+ of 60 files \([\d.]+ KB of [\d.]+ KB\)$/,
    );
  });
});

describe('the shard input and flag', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'md-pdf-shard-inputs-'));
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

  it('reads shard and incremental as the action inputs, with their defaults', () => {
    expect(getInputs({ GITHUB_WORKSPACE: root })).toMatchObject({
      shard: undefined,
      convert: { incremental: false },
    });
    input('shard', '2/4');
    input('incremental', 'true');
    expect(getInputs({ GITHUB_WORKSPACE: root })).toMatchObject({
      shard: { index: 2, count: 4 },
      convert: { incremental: true },
    });
  });

  it('names the input in every error, and refuses a book of a shard', () => {
    input('shard', '5/4');
    expect(() => getInputs({ GITHUB_WORKSPACE: root })).toThrow(/^shard must be "k\/n".*got "5\/4"/);
    input('shard', '2/4');
    input('merge', 'book.pdf');
    expect(() => getInputs({ GITHUB_WORKSPACE: root })).toThrow(/^merge cannot be combined with shard/);
    input('shard', '1/1');
    expect(getInputs({ GITHUB_WORKSPACE: root }).shard).toEqual({ index: 1, count: 1 });
  });

  it('reads --shard and --incremental on the command line', () => {
    expect(parseCli(['--shard', '3/8', '--incremental'], root)).toMatchObject({
      shard: { index: 3, count: 8 },
      options: { incremental: true },
    });
    expect(parseCli([], root)).toMatchObject({ shard: undefined, options: { incremental: false } });
    expect(() => parseCli(['--shard', '0/8'], root)).toThrow(/^--shard must be "k\/n"/);
    expect(() => parseCli(['--shard', '1/2', '--merge', 'book'], root)).toThrow(
      /^--merge cannot be combined with --shard/,
    );
  });
});
