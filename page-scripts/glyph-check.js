// Runs in every page, after common.js: once the pages are laid out (common.js finish), finds the
// characters that no font could draw, which would print as empty boxes (.notdef), and reports each at
// its source line (`data-line` on blocks, src/markdown/plugins/rehype-block-lines.ts) as a diagnostic.
//
// The browser does not say which font drew a character, so each character is drawn on a canvas in the
// face its text is set in (the same font list, the same fallback to system fonts) and compared with a
// code point that is unassigned in Unicode and so has a glyph in no font: the same metrics and the same
// pixels mean the character came out as the .notdef box too. Only non-ASCII text is looked at, each
// character once per face, so a Latin report costs next to nothing.
(function () {
  'use strict';
  var state = window.__mdPdf;
  // U+0378 is unassigned: whatever the browser draws for it is what "no glyph" looks like in that face.
  var NO_GLYPH = '\u0378';
  var SIZE = 32;
  // Characters drawn with a neighbour or not at all: whitespace, controls, format characters (joiners,
  // direction marks), combining marks and variation selectors. Tested alone they would look missing.
  var NOT_DRAWN_ALONE = /[\s\p{Cc}\p{Cf}\p{Mn}\p{Me}\p{Zl}\p{Zp}]/u;
  var MAX_LINES = 20;
  var MAX_CHARACTERS = 12;
  var MAX_PLACES = 5;

  var canvas;
  var context;
  function draw() {
    if (!context) {
      canvas = document.createElement('canvas');
      canvas.width = SIZE * 3;
      canvas.height = SIZE * 2;
      context = canvas.getContext('2d', { willReadFrequently: true });
    }
    return context;
  }

  function metrics(text) {
    var m = draw().measureText(text);
    return [
      m.width,
      m.actualBoundingBoxLeft,
      m.actualBoundingBoxRight,
      m.actualBoundingBoxAscent,
      m.actualBoundingBoxDescent,
    ].join(' ');
  }

  function pixels(text) {
    var c = draw();
    c.clearRect(0, 0, canvas.width, canvas.height);
    c.fillText(text, SIZE, SIZE * 1.4);
    return c.getImageData(0, 0, canvas.width, canvas.height).data;
  }

  function samePixels(a, b) {
    for (var i = 3; i < a.length; i += 4) if (a[i] !== b[i]) return false;
    return true;
  }

  function faceOf(element) {
    var style = window.getComputedStyle(element);
    return style.fontStyle + ' ' + style.fontWeight + ' ' + SIZE + 'px ' + style.fontFamily;
  }

  // Every non-ASCII character of the printed text, by face: face → character → up to MAX_PLACES places.
  function collect() {
    var faces = new Map();
    var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      // eslint-disable-next-line no-control-regex
      if (!/[^\x00-\x7f]/.test(node.data)) continue;
      var element = node.parentElement;
      if (!element || (element.checkVisibility && !element.checkVisibility({ visibilityProperty: true })))
        continue;
      var face = faceOf(element);
      var chars = faces.get(face);
      if (!chars) faces.set(face, (chars = new Map()));
      var offset = 0;
      for (var ch of node.data) {
        if (ch.charCodeAt(0) > 0x7f && !NOT_DRAWN_ALONE.test(ch)) {
          var places = chars.get(ch);
          if (!places) chars.set(ch, (places = []));
          if (places.length < MAX_PLACES) places.push({ node: node, offset: offset });
        }
        offset += ch.length;
      }
    }
    return faces;
  }

  // The characters of `chars` that come out as the .notdef box in `face`.
  function missingIn(face, chars) {
    var c = draw();
    c.font = face;
    var none = metrics(NO_GLYPH);
    var nonePixels;
    var missing = [];
    chars.forEach(function (places, ch) {
      if (metrics(ch) !== none) return;
      nonePixels = nonePixels || pixels(NO_GLYPH);
      if (samePixels(pixels(ch), nonePixels)) missing.push({ ch: ch, places: places });
    });
    return missing;
  }

  function count(text, ch) {
    return text.split(ch).length - 1;
  }

  // The source line of a place: its block's line, plus the line breaks of the block's own text before
  // it (a soft break in a paragraph, a line of code). Blank text between elements is markup, not source.
  function lineOf(place) {
    var block = place.node.parentElement.closest('[data-line]');
    if (!block) return undefined;
    var line = Number(block.getAttribute('data-line'));
    var code = block.tagName === 'PRE';
    var walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (var node = walker.nextNode(); node && node !== place.node; node = walker.nextNode()) {
      if (node.parentElement.closest('[data-line]') !== block) continue;
      if (code || /\S/.test(node.data)) line += count(node.data, '\n');
    }
    return line + count(place.node.data.slice(0, place.offset), '\n');
  }

  var SCRIPTS =
    'Latin Greek Cyrillic Armenian Hebrew Arabic Syriac Thaana Nko Samaritan Mandaic Devanagari Bengali ' +
    'Gurmukhi Gujarati Oriya Tamil Telugu Kannada Malayalam Sinhala Thai Lao Tibetan Myanmar Georgian ' +
    'Hangul Ethiopic Cherokee Canadian_Aboriginal Ogham Runic Tagalog Hanunoo Buhid Tagbanwa Khmer ' +
    'Mongolian Limbu Tai_Le New_Tai_Lue Buginese Tai_Tham Balinese Sundanese Batak Lepcha Ol_Chiki ' +
    'Vai Bamum Javanese Cham Tai_Viet Meetei_Mayek Hiragana Katakana Bopomofo Han Yi Lisu Tifinagh ' +
    'Glagolitic Coptic Braille Linear_A Linear_B Cypriot Ugaritic Old_Persian Deseret Shavian Osmanya ' +
    'Gothic Old_Italic Phoenician Lydian Carian Lycian Kharoshthi Old_South_Arabian Avestan ' +
    'Imperial_Aramaic Inscriptional_Pahlavi Old_Turkic Brahmi Kaithi Sharada Takri Chakma Cuneiform ' +
    'Egyptian_Hieroglyphs Anatolian_Hieroglyphs Meroitic_Cursive Adlam Osage Tangut Nushu Duployan ' +
    'SignWriting Common Inherited';
  var scriptTests;

  // "Private Use", "unassigned" or the Unicode script of a character, in words.
  function scriptOf(ch) {
    if (/\p{Co}/u.test(ch)) return 'Private Use';
    if (/\p{Cn}/u.test(ch)) return 'unassigned';
    scriptTests =
      scriptTests ||
      SCRIPTS.split(' ').map(function (name) {
        return { name: name.replace(/_/g, ' '), test: new RegExp('\\p{Script=' + name + '}', 'u') };
      });
    for (var i = 0; i < scriptTests.length; i++) {
      if (scriptTests[i].test.test(ch)) {
        var name = scriptTests[i].name;
        return name === 'Common' ? 'symbol' : name;
      }
    }
    return 'unknown script';
  }

  function describe(ch) {
    var code = 'U+' + ch.codePointAt(0).toString(16).toUpperCase().padStart(4, '0');
    var script = scriptOf(ch);
    // A private-use or unassigned character would only show as another box.
    return script === 'Private Use' || script === 'unassigned'
      ? code + ' (' + script + ')'
      : code + ' ' + ch + ' (' + script + ')';
  }

  // The diagnostics: one per source line, naming its characters.
  state.checkGlyphs = function () {
    var byLine = new Map();
    collect().forEach(function (chars, face) {
      missingIn(face, chars).forEach(function (found) {
        var lines = found.places.map(lineOf);
        // Text we add without a line (the contents, the title block) repeats a heading's: where the
        // character also has a line, that line is the one to report.
        var known = lines.filter(function (line) {
          return line !== undefined;
        });
        (known.length ? known : [undefined]).forEach(function (line) {
          var set = byLine.get(line);
          if (!set) byLine.set(line, (set = new Set()));
          set.add(found.ch);
        });
      });
    });
    var lines = Array.from(byLine.keys()).sort(function (a, b) {
      return (a === undefined ? 0 : a) - (b === undefined ? 0 : b);
    });
    return lines.slice(0, MAX_LINES).map(function (line) {
      var chars = Array.from(byLine.get(line));
      var named = chars.slice(0, MAX_CHARACTERS).map(describe).join(', ');
      var more = chars.length > MAX_CHARACTERS ? ' and ' + (chars.length - MAX_CHARACTERS) + ' more' : '';
      return {
        message:
          (chars.length === 1 ? 'no font has a glyph for ' : 'no font has a glyph for these characters: ') +
          named +
          more +
          (chars.length === 1 ? ': it prints as an empty box' : ': they print as empty boxes'),
        line: line,
      };
    });
  };
})();
