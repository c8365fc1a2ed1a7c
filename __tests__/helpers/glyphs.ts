// What a PDF draws with: the glyphs it shows (and how many are .notdef, the empty box) and its fonts.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** How many glyphs the pages draw, and how many of them are glyph 0 (.notdef, the empty box). */
export async function glyphCounts(file: string): Promise<{ drawn: number; notdef: number }> {
  const doc = await getDocument({ data: new Uint8Array(fs.readFileSync(file)), verbosity: 0 }).promise;
  let drawn = 0;
  let notdef = 0;
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const ops = await (await doc.getPage(n)).getOperatorList();
      ops.fnArray.forEach((fn, i) => {
        if (fn !== OPS.showText) return;
        for (const glyph of ops.argsArray[i][0] as unknown[]) {
          if (typeof glyph !== 'object' || glyph === null) continue;
          drawn++;
          // Chromium writes glyph ids as the character codes of its fonts (Identity-H).
          if ((glyph as { originalCharCode?: number }).originalCharCode === 0) notdef++;
        }
      });
    }
  } finally {
    await doc.destroy();
  }
  return { drawn, notdef };
}

/** The fonts a PDF embeds (poppler's pdffonts), without the subset tag: name and font type. */
export function fontTable(pdf: string): Array<{ name: string; type: string }> {
  const [, rule, ...rows] = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n');
  // Columns are fixed-width, as wide as the dashes under their header: name, type (`CID TrueType`, `Type 3`), …
  const [nameWidth, typeWidth] = rule!.split(' ').map((dashes) => dashes.length);
  return rows.filter(Boolean).map((row) => ({
    name: row
      .slice(0, nameWidth)
      .trim()
      .replace(/^[A-Z]{6}\+/, ''),
    type: row.slice(nameWidth! + 1, nameWidth! + 1 + typeWidth!).trim(),
  }));
}

/** The names of the fonts a PDF embeds, without the subset tag. */
export function fontsOf(pdf: string): string[] {
  return fontTable(pdf).map((font) => font.name);
}
