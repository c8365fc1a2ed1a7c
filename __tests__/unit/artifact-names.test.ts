import { describe, expect, it } from 'vitest';
import { artifactEntryNames } from '../../src/publish/artifact-names.js';

const REFUSED = ['"', ':', '<', '>', '|', '*', '?', '\r', '\n'];
const bytes = (text: string) => Buffer.byteLength(text);

describe('artifactEntryNames', () => {
  it('replaces each refused character, and only those, keeping the folders', () => {
    const paths = REFUSED.map((char) => `notes ${char}x/a${char}b.pdf`);
    const names = artifactEntryNames(paths);
    for (const original of paths) {
      const entry = names.get(original)!;
      expect(entry, JSON.stringify(original)).toMatch(/^notes _x\/a_b(~[0-9a-f]{8})?\.pdf$/);
      for (const char of REFUSED) expect(entry).not.toContain(char);
    }
    // Nine paths map to one safe path: each got its own hash, so all nine are distinct.
    expect(new Set(names.values()).size).toBe(paths.length);
  });

  it('leaves names that need no change alone, CJK, emoji, spaces and a leading dash included', () => {
    const paths = [
      '報告/週報 2025.pdf',
      '🚀 launch/🔥.pdf',
      '-rf.pdf',
      'a b/c#1 @x.pdf',
      'a/A.pdf',
      'a/a.pdf',
    ];
    const names = artifactEntryNames(paths);
    for (const path of paths) expect(names.get(path)).toBe(path);
  });

  it('keeps an untouched name and hashes the changed one that would clash with it, case-insensitively', () => {
    const names = artifactEntryNames(['a_b.pdf', 'A:B.pdf', 'x?.pdf']);
    expect(names.get('a_b.pdf')).toBe('a_b.pdf');
    expect(names.get('A:B.pdf')).toMatch(/^A_B~[0-9a-f]{8}\.pdf$/);
    expect(names.get('x?.pdf')).toBe('x_.pdf');
  });

  it('cuts a name past the limit on a character boundary, with a stable hash, leaving room for suffixes', () => {
    const long = `${'報'.repeat(80)}.pdf`; // 244 bytes: fits 255, but not with a temporary suffix
    const folder = 'f'.repeat(255);
    const paths = [long, `${folder}/one.pdf`, `${folder}/two.pdf`, `x/${'e'.repeat(251)}.pdf`];
    const names = artifactEntryNames(paths);
    const entry = names.get(long)!;
    expect(entry).toMatch(/^報+~[0-9a-f]{8}\.pdf$/);
    expect(bytes(entry)).toBeLessThanOrEqual(223);
    expect(bytes(entry)).toBeGreaterThan(215);
    // A 255-byte folder name is legal and kept, and its files stay together in it.
    expect(names.get(`${folder}/one.pdf`)).toBe(`${folder}/one.pdf`);
    expect(names.get(`${folder}/two.pdf`)).toBe(`${folder}/two.pdf`);
    expect(bytes(names.get(`x/${'e'.repeat(251)}.pdf`)!.slice(2))).toBeLessThanOrEqual(223);
    expect(artifactEntryNames(paths)).toEqual(names);
  });

  it('gives two long names that share their beginning different entries', () => {
    const a = `${'x'.repeat(300)}a.pdf`;
    const b = `${'x'.repeat(300)}b.pdf`;
    const names = artifactEntryNames([a, b]);
    expect(names.get(a)).not.toBe(names.get(b));
  });

  it('leaves a reserved name alone deeper down, and every path alone when nothing is reserved', () => {
    const paths = ['docs/md-pdf-report.json/a.pdf', 'md-pdf-report.json/a.pdf'];
    const reserved = artifactEntryNames(paths, ['md-pdf-report.json']);
    expect(reserved.get(paths[0]!)).toBe(paths[0]);
    expect(reserved.get(paths[1]!)).toMatch(/^md-pdf-report\.json~[0-9a-f]{8}\/a\.pdf$/);
    expect([...artifactEntryNames(paths).values()]).toEqual(paths);
  });
});
