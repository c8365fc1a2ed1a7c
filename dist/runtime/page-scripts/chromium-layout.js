// Runs in the page, after common.js, when Chromium paginates the document itself (src/layout-engine.ts:
// no contents page numbers, no running section titles, nothing else only Paged.js can do). Chromium lays
// out the pages only while printing, so before that the screen layout is made to match the printed one:
// the body gets the width of the page area, and the page-box variables the themes use
// (`--pagedjs-pagebox-height`, `--pagedjs-margin-*`, which Paged.js sets in the other engine) are set
// from the @page rules. Then, as Paged.js and our handlers do in the other engine, forced breaks move onto
// the content after them, wide tables are fitted to that width, and a running title too long for its line
// is cut; then the printer is told it may print.
(function () {
  'use strict';
  var state = window.__mdPdf;

  // CSS page size keywords (css-page-3), portrait width and height.
  var NAMED_SIZES = {
    a5: ['148mm', '210mm'],
    a4: ['210mm', '297mm'],
    a3: ['297mm', '420mm'],
    b5: ['176mm', '250mm'],
    b4: ['250mm', '353mm'],
    'jis-b5': ['182mm', '257mm'],
    'jis-b4': ['257mm', '364mm'],
    letter: ['8.5in', '11in'],
    legal: ['8.5in', '14in'],
    ledger: ['11in', '17in'],
  };

  // A `size` value over the size set so far: a keyword or one or two lengths, and an orientation.
  function pageSize(value, previous) {
    var words = value.trim().toLowerCase().split(/\s+/);
    var named = words.filter(function (word) {
      return NAMED_SIZES[word];
    })[0];
    var lengths = words.filter(function (word) {
      return /^[\d.]/.test(word);
    });
    var size = previous;
    if (named) size = NAMED_SIZES[named];
    else if (lengths.length) size = [lengths[0], lengths[1] || lengths[0]];
    var wide = toPx(size[0]) > toPx(size[1]);
    var turn = (words.indexOf('landscape') !== -1 && !wide) || (words.indexOf('portrait') !== -1 && wide);
    return turn ? [size[1], size[0]] : size;
  }

  var probe;
  function toPx(length) {
    if (!probe) {
      probe = document.createElement('div');
      probe.style.cssText = 'position:absolute;visibility:hidden;height:0;';
      document.body.appendChild(probe);
    }
    probe.style.width = length;
    return probe.getBoundingClientRect().width;
  }

  // The page box the plain @page rules give, in cascade order (later rules win, as in the browser).
  // Our stylesheets are loaded with CORS, so their rules can be read.
  function pageBox() {
    var box = { size: ['210mm', '297mm'], top: '0', right: '0', bottom: '0', left: '0' };
    function visit(rules) {
      for (var i = 0; i < rules.length; i++) {
        var rule = rules[i];
        if (rule.type === CSSRule.MEDIA_RULE) {
          // Rules for print (or for every medium) count; rules only for the screen do not.
          var media = rule.media.mediaText;
          if (!/screen/.test(media) || /print/.test(media)) visit(rule.cssRules);
        } else if (rule.type === CSSRule.PAGE_RULE && !rule.selectorText) {
          var style = rule.style;
          if (style.getPropertyValue('size')) box.size = pageSize(style.getPropertyValue('size'), box.size);
          ['top', 'right', 'bottom', 'left'].forEach(function (side) {
            var value = style.getPropertyValue('margin-' + side);
            if (value) box[side] = value;
          });
        }
      }
    }
    for (var i = 0; i < document.styleSheets.length; i++) {
      var rules;
      try {
        rules = document.styleSheets[i].cssRules;
      } catch {
        continue; // a sheet we may not read holds no page rules of ours
      }
      visit(rules);
    }
    return box;
  }

  function matchScreenToPage() {
    var box = pageBox();
    var root = document.documentElement.style;
    root.setProperty('--pagedjs-pagebox-width', box.size[0]);
    root.setProperty('--pagedjs-pagebox-height', box.size[1]);
    ['top', 'right', 'bottom', 'left'].forEach(function (side) {
      root.setProperty('--pagedjs-margin-' + side, box[side]);
    });
    var width = toPx('calc(' + box.size[0] + ' - ' + box.left + ' - ' + box.right + ')');
    probe.remove();
    probe = undefined;
    var screen = document.getElementById('md-pdf-screen') || document.createElement('style');
    screen.id = 'md-pdf-screen';
    screen.textContent =
      '@media screen { body { box-sizing: border-box; width: ' + width + 'px; margin: 0; } }';
    document.head.appendChild(screen);
    return width;
  }

  // A forced break is a zero-height `.page-break` marker with `break-after: page`. Between a heading
  // (`break-after: avoid`) and the marker, Chromium would carry the heading over to a page of its own.
  // Moving the break onto the next element, as Paged.js does, keeps the heading where it was.
  function moveBreaksOntoContent() {
    document.querySelectorAll('.page-break').forEach(function (marker) {
      var next = marker.nextElementSibling;
      // An inline box (an image straight after a raw marker) takes no break: keep the marker then.
      if (!next || window.getComputedStyle(next).display.indexOf('inline') === 0) return;
      next.style.breakBefore = 'page';
      marker.remove();
    });
  }

  // Chromium neither clips nor ellipsizes a margin box: a title too long for the running header would run
  // into the page edge. Cut it with an ellipsis until it fits beside the header's other text
  // (html[data-title-room], set by document.ts), measured in the margin boxes' face.
  function fitRunningTitle(width) {
    document.documentElement.style.removeProperty('--md-pdf-title');
    var room = document.documentElement.getAttribute('data-title-room');
    var title = document.title;
    if (room === null || !title) return Promise.resolve();
    var probe = document.createElement('span');
    probe.style.cssText =
      'position:absolute;visibility:hidden;white-space:nowrap;' +
      'font-family:var(--margin-box-font);font-size:var(--margin-box-size);' +
      'font-style:var(--margin-box-style);';
    document.body.appendChild(probe);
    var style = window.getComputedStyle(probe);
    return document.fonts
      .load(style.fontStyle + ' ' + style.fontSize + ' ' + style.fontFamily, title + room)
      .catch(function () {})
      .then(function () {
        var fits = function (text) {
          probe.textContent = text + room;
          return probe.getBoundingClientRect().width <= width;
        };
        if (!fits(title)) {
          var chars = Array.from(title);
          var low = 0;
          var high = chars.length;
          while (low < high) {
            var middle = Math.ceil((low + high) / 2);
            if (fits(chars.slice(0, middle).join('').trimEnd() + '…')) low = middle;
            else high = middle - 1;
          }
          var cut = chars.slice(0, low).join('').trimEnd() + '…';
          document.documentElement.style.setProperty('--md-pdf-title', JSON.stringify(cut));
        }
        probe.remove();
      });
  }

  function layOut() {
    return state
      .beforeLayout()
      .then(function () {
        moveBreaksOntoContent();
        var width = matchScreenToPage();
        document.querySelectorAll('table').forEach(function (table) {
          if (table.parentElement) state.fitTable(table, table, [table]);
        });
        return fitRunningTitle(width);
      })
      .catch(function (error) {
        state.errors.push(String((error && error.message) || error));
      })
      .then(function () {
        state.finish();
      });
  }

  // Shows another document in this page (document.ts DocumentSwap: its own URL, language, title, page
  // rules and body; the stylesheets and scripts are the same), then lays it out as if it had been loaded.
  // The URL comes first: the document's relative image URLs resolve against it.
  state.swap = function (doc) {
    state.reset();
    window.history.replaceState(null, '', doc.url);
    var root = document.documentElement;
    // Nothing the document before set on the page may reach this one, even if its layout failed halfway.
    root.removeAttribute('style');
    var screen = document.getElementById('md-pdf-screen');
    if (screen) screen.remove();
    root.lang = doc.lang;
    if (doc.dir) root.dir = doc.dir;
    else root.removeAttribute('dir');
    if (typeof doc.titleRoom === 'string') root.setAttribute('data-title-room', doc.titleRoom);
    else root.removeAttribute('data-title-room');
    document.title = doc.title;
    document.getElementById('md-pdf-page-rules').textContent = doc.pageCss;
    document.body.className = doc.bodyClass;
    // The same text the loaded page's body holds, so the same tree.
    document.body.innerHTML = '\n' + doc.content + '\n';
    layOut();
  };

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', layOut);
  else layOut();
})();
