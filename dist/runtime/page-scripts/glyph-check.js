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

  // Unicode's scripts, the most used first (a browser that does not know one skips it).
  var SCRIPTS = (
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
  var scriptTests;

  // "Private Use", "unassigned" or the Unicode script of a character, in words.
  function scriptOf(ch) {
    if (/\p{Co}/u.test(ch)) return 'Private Use';
    if (/\p{Cn}/u.test(ch)) return 'unassigned';
    if (!scriptTests) {
      scriptTests = [];
      SCRIPTS.forEach(function (name) {
        try {
          scriptTests.push({
            name: name.replace(/_/g, ' '),
            test: new RegExp('\\p{Script=' + name + '}', 'u'),
          });
        } catch {
          // A script newer than this browser's Unicode tables.
        }
      });
    }
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
