// @ts-check
// Runs in every page, after common.js: once the pages are laid out (common.js finish), finds the
// characters that no font could draw, which would print as empty boxes (.notdef), and reports each at
// its source line (`data-line` on blocks, src/markdown/plugins/rehype-block-lines.ts) as a diagnostic.
//
// The browser does not say which font drew a character, so each character is drawn on a canvas in the
// face its text is set in (the same font list, the same fallback to system fonts) and compared with a
// code point that is unassigned in Unicode and so has a glyph in no font: the same metrics and the same
// pixels mean the character came out as the .notdef box too. Only non-ASCII text is looked at, each
// character once per face, so a Latin report costs next to nothing.
(() => {
  'use strict';
  const state = window.__mdPdf;
  if (!state) throw new Error('glyph-check.js needs common.js, loaded before it');

  /** @typedef {import('../src/shared/page-contract.js').PageDiagnosticReport} PageDiagnosticReport */
  /** @typedef {{ node: Text, offset: number }} Place a character's text node and its offset in it */

  // U+0378 is unassigned: whatever the browser draws for it is what "no glyph" looks like in that face.
  const NO_GLYPH = '\u0378';
  const SIZE = 32;
  // Characters drawn with a neighbour or not at all: whitespace, controls, format characters (joiners,
  // direction marks), combining marks and variation selectors. Tested alone they would look missing.
  const NOT_DRAWN_ALONE = /[\s\p{Cc}\p{Cf}\p{Mn}\p{Me}\p{Zl}\p{Zp}]/u;
  const MAX_LINES = 20;
  const MAX_CHARACTERS = 12;
  const MAX_PLACES = 5;

  /** @type {CanvasRenderingContext2D | undefined} */
  let context;
  const draw = () => {
    if (!context) {
      const canvas = document.createElement('canvas');
      canvas.width = SIZE * 3;
      canvas.height = SIZE * 2;
      const made = canvas.getContext('2d', { willReadFrequently: true });
      if (!made) throw new Error('no 2D canvas to draw characters on');
      context = made;
    }
    return context;
  };

  /** @param {string} text */
  const metrics = (text) => {
    const m = draw().measureText(text);
    return [
      m.width,
      m.actualBoundingBoxLeft,
      m.actualBoundingBoxRight,
      m.actualBoundingBoxAscent,
      m.actualBoundingBoxDescent,
    ].join(' ');
  };

  /** @param {string} text */
  const pixels = (text) => {
    const c = draw();
    c.clearRect(0, 0, c.canvas.width, c.canvas.height);
    c.fillText(text, SIZE, SIZE * 1.4);
    return c.getImageData(0, 0, c.canvas.width, c.canvas.height).data;
  };

  /**
   * @param {Uint8ClampedArray} a
   * @param {Uint8ClampedArray} b
   */
  const samePixels = (a, b) => {
    for (let i = 3; i < a.length; i += 4) if (a[i] !== b[i]) return false;
    return true;
  };

  /** @param {Element} element */
  const faceOf = (element) => {
    const style = window.getComputedStyle(element);
    return style.fontStyle + ' ' + style.fontWeight + ' ' + SIZE + 'px ' + style.fontFamily;
  };

  /** @param {TreeWalker} walker */
  function* textNodes(walker) {
    for (let node = walker.nextNode(); node; node = walker.nextNode()) yield /** @type {Text} */ (node);
  }

  // Every non-ASCII character of the printed text, by face: face → character → up to MAX_PLACES places.
  const collect = () => {
    /** @type {Map<string, Map<string, Place[]>>} */
    const faces = new Map();
    for (const node of textNodes(document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT))) {
      // eslint-disable-next-line no-control-regex
      if (!/[^\x00-\x7f]/.test(node.data)) continue;
      const element = node.parentElement;
      if (!element || (element.checkVisibility && !element.checkVisibility({ visibilityProperty: true })))
        continue;
      const face = faceOf(element);
      let chars = faces.get(face);
      if (!chars) faces.set(face, (chars = new Map()));
      let offset = 0;
      for (const ch of node.data) {
        if (ch.charCodeAt(0) > 0x7f && !NOT_DRAWN_ALONE.test(ch)) {
          let places = chars.get(ch);
          if (!places) chars.set(ch, (places = []));
          if (places.length < MAX_PLACES) places.push({ node, offset });
        }
        offset += ch.length;
      }
    }
    return faces;
  };

  /**
   * The characters of `chars` that come out as the .notdef box in `face`.
   * @param {string} face
   * @param {Map<string, Place[]>} chars
   */
  const missingIn = (face, chars) => {
    const c = draw();
    c.font = face;
    const none = metrics(NO_GLYPH);
    /** @type {Uint8ClampedArray | undefined} */
    let nonePixels;
    /** @type {{ ch: string, places: Place[] }[]} */
    const missing = [];
    chars.forEach((places, ch) => {
      if (metrics(ch) !== none) return;
      nonePixels = nonePixels || pixels(NO_GLYPH);
      if (samePixels(pixels(ch), nonePixels)) missing.push({ ch, places });
    });
    return missing;
  };

  /**
   * @param {string} text
   * @param {string} ch
   */
  const count = (text, ch) => text.split(ch).length - 1;

  /**
   * The source line of a place: its block's line, plus the line breaks of the block's own text before
   * it (a soft break in a paragraph, a line of code). Blank text between elements is markup, not source.
   * @param {Place} place
   * @returns {number | undefined}
   */
  const lineOf = (place) => {
    const block = place.node.parentElement?.closest('[data-line]');
    if (!block) return undefined;
    let line = Number(block.getAttribute('data-line'));
    const code = block.tagName === 'PRE';
    for (const node of textNodes(document.createTreeWalker(block, NodeFilter.SHOW_TEXT))) {
      if (node === place.node) break;
      if (node.parentElement?.closest('[data-line]') !== block) continue;
      if (code || /\S/.test(node.data)) line += count(node.data, '\n');
    }
    return line + count(place.node.data.slice(0, place.offset), '\n');
  };

  // Unicode's scripts, the most used first (a browser that does not know one skips it).
  const SCRIPTS = (
    'Latin Greek Cyrillic Han Hiragana Katakana Hangul Arabic Hebrew Devanagari Bengali Tamil Thai ' +
    'Gurmukhi Gujarati Oriya Telugu Kannada Malayalam Sinhala Lao Tibetan Myanmar Khmer Georgian ' +
    'Armenian Ethiopic Syriac Thaana Mongolian Bopomofo Yi Adlam Ahom Anatolian_Hieroglyphs Avestan ' +
    'Balinese Bamum Bassa_Vah Batak Bhaiksuki Brahmi Braille Buginese Buhid Canadian_Aboriginal Carian ' +
    'Caucasian_Albanian Chakma Cham Cherokee Chorasmian Coptic Cuneiform Cypriot Cypro_Minoan Deseret ' +
    'Dives_Akuru Dogra Duployan Egyptian_Hieroglyphs Elbasan Elymaic Garay Glagolitic Gothic Grantha ' +
    'Gunjala_Gondi Gurung_Khema Hanifi_Rohingya Hanunoo Hatran Imperial_Aramaic Inscriptional_Pahlavi ' +
    'Inscriptional_Parthian Javanese Kaithi Kawi Kayah_Li Kharoshthi Khitan_Small_Script Khojki ' +
    'Khudawadi Kirat_Rai Lepcha Limbu Linear_A Linear_B Lisu Lycian Lydian Mahajani Makasar Mandaic ' +
    'Manichaean Marchen Masaram_Gondi Medefaidrin Meetei_Mayek Mende_Kikakui Meroitic_Cursive ' +
    'Meroitic_Hieroglyphs Miao Modi Mro Multani Nabataean Nag_Mundari Nandinagari New_Tai_Lue Newa Nko ' +
    'Nushu Nyiakeng_Puachue_Hmong Ogham Ol_Chiki Ol_Onal Old_Hungarian Old_Italic Old_North_Arabian ' +
    'Old_Permic Old_Persian Old_Sogdian Old_South_Arabian Old_Turkic Old_Uyghur Osage Osmanya ' +
    'Pahawh_Hmong Palmyrene Pau_Cin_Hau Phags_Pa Phoenician Psalter_Pahlavi Rejang Runic Samaritan ' +
    'Saurashtra Sharada Shavian Siddham SignWriting Sogdian Sora_Sompeng Soyombo Sundanese Sunuwar ' +
    'Syloti_Nagri Tagalog Tagbanwa Tai_Le Tai_Tham Tai_Viet Takri Tangsa Tangut Tifinagh Tirhuta Todhri ' +
    'Toto Tulu_Tigalari Ugaritic Vai Vithkuqi Wancho Warang_Citi Yezidi Zanabazar_Square Common Inherited'
  ).split(' ');
  /** @type {{ name: string, test: RegExp }[] | undefined} */
  let scriptTests;

  /**
   * "Private Use", "unassigned" or the Unicode script of a character, in words.
   * @param {string} ch
   */
  const scriptOf = (ch) => {
    if (/\p{Co}/u.test(ch)) return 'Private Use';
    if (/\p{Cn}/u.test(ch)) return 'unassigned';
    if (!scriptTests) {
      const tests = [];
      for (const name of SCRIPTS) {
        try {
          tests.push({ name: name.replace(/_/g, ' '), test: new RegExp('\\p{Script=' + name + '}', 'u') });
        } catch {
          // A script newer than this browser's Unicode tables.
        }
      }
      scriptTests = tests;
    }
    const found = scriptTests.find(({ test }) => test.test(ch));
    if (!found) return 'unknown script';
    return found.name === 'Common' ? 'symbol' : found.name;
  };

  /** @param {string} ch */
  const describe = (ch) => {
    const code = 'U+' + (ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    const script = scriptOf(ch);
    // A private-use or unassigned character would only show as another box.
    return script === 'Private Use' || script === 'unassigned'
      ? code + ' (' + script + ')'
      : code + ' ' + ch + ' (' + script + ')';
  };

  // The diagnostics: one per source line, naming its characters.
  state.checkGlyphs = () => {
    /** @type {Map<number | undefined, Set<string>>} */
    const byLine = new Map();
    collect().forEach((chars, face) => {
      missingIn(face, chars).forEach((found) => {
        const lines = found.places.map(lineOf);
        // Text we add without a line (the contents, the title block) repeats a heading's: where the
        // character also has a line, that line is the one to report.
        const known = lines.filter((line) => line !== undefined);
        (known.length ? known : [undefined]).forEach((line) => {
          let set = byLine.get(line);
          if (!set) byLine.set(line, (set = new Set()));
          set.add(found.ch);
        });
      });
    });
    const lines = Array.from(byLine.keys()).sort((a, b) => (a ?? 0) - (b ?? 0));
    return lines.slice(0, MAX_LINES).map((line) => {
      const chars = Array.from(byLine.get(line) ?? []);
      const named = chars.slice(0, MAX_CHARACTERS).map(describe).join(', ');
      const more = chars.length > MAX_CHARACTERS ? ' and ' + (chars.length - MAX_CHARACTERS) + ' more' : '';
      /** @type {PageDiagnosticReport} */
      const diagnostic = {
        message:
          (chars.length === 1 ? 'no font has a glyph for ' : 'no font has a glyph for these characters: ') +
          named +
          more +
          (chars.length === 1 ? ': it prints as an empty box' : ': they print as empty boxes'),
        line,
      };
      return diagnostic;
    });
  };
})();
