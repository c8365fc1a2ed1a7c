import fs from 'node:fs';
import { CJK_FONTS_STYLESHEET, FONTS_STYLESHEET, resolveRuntimeFile } from '../shared/runtime-assets.js';

/** The code point ranges a stylesheet's faces claim (their `unicode-range` descriptors). */
export function unicodeRanges(css: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const [, list] of css.matchAll(/unicode-range:\s*([^;}]+)/g)) {
    for (const part of list!.split(',')) {
      const match = /^\s*U\+([0-9A-F?]+)(?:-([0-9A-F]+))?\s*$/i.exec(part);
      if (!match) continue;
      const [, start, end] = match as unknown as [string, string, string | undefined];
      const low = parseInt(start.replace(/\?/g, '0'), 16);
      const high = end ? parseInt(end, 16) : parseInt(start.replace(/\?/g, 'F'), 16);
      ranges.push([low, high]);
    }
  }
  return ranges;
}

/** One flag per code point: claimed by some face of the stylesheet. */
function coverage(css: string): Uint8Array {
  const covered = new Uint8Array(0x110000);
  for (const [low, high] of unicodeRanges(css)) covered.fill(1, low, Math.min(high, 0x10ffff) + 1);
  return covered;
}

// Each stylesheet is read the first time it is needed: the CJK one (~800 faces, ~0.8 MB) takes ~100 ms to
// parse, and most documents never get that far (every character they have is in a base face).
let baseCoverage: Uint8Array | undefined;
let cjkCoverage: Uint8Array | undefined;

function stylesheetText(runtimePath: string): string {
  const file = resolveRuntimeFile(runtimePath);
  return file ? fs.readFileSync(file, 'utf8') : '';
}

/**
 * Whether a text needs the CJK font stylesheet: it holds a character that a CJK face claims and no face
 * of the base stylesheet does. That is Han, kana and hangul, but also block elements (`█`, `░`) and other
 * symbols only the CJK fonts draw; the browser then finds them exactly where it would if every face were
 * linked, while the pages of other documents skip the ~800 CJK faces.
 */
export function needsCjkFonts(text: string): boolean {
  baseCoverage ??= coverage(stylesheetText(FONTS_STYLESHEET));
  for (const character of text) {
    const code = character.codePointAt(0)!;
    if (code <= 0x7f || baseCoverage[code] === 1) continue;
    cjkCoverage ??= coverage(stylesheetText(CJK_FONTS_STYLESHEET));
    if (cjkCoverage[code] === 1) return true;
  }
  return false;
}
