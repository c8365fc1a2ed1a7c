// @ts-check
// Runs in the page, after common.js, when Chromium paginates the document itself
// (src/document/layout-engine.ts: no contents page numbers, no running section titles, nothing else only
// Paged.js can do). Chromium lays out the pages only while printing, so before that the screen layout is
// made to match the printed one:
// the body gets the width of the page area, and the page-box variables the themes use
// (`--pagedjs-pagebox-height`, `--pagedjs-margin-*`, which Paged.js sets in the other engine) are set
// from the @page rules. Then, as Paged.js and our handlers do in the other engine, forced breaks move onto
// the content after them, wide tables are fitted to that width, and a running title too long for its line
// is cut; then the printer is told it may print.
(() => {
  'use strict';
  const state = window.__mdPdf;
  if (!state) throw new Error('chromium-layout.js needs common.js, loaded before it');

  /** @typedef {[width: string, height: string]} Size */
  /** @typedef {'top' | 'right' | 'bottom' | 'left'} Side */
  /** @typedef {{ size: Size } & Record<Side, string>} PageBox */

  /** @type {readonly Side[]} */
  const SIDES = ['top', 'right', 'bottom', 'left'];

  // CSS page size keywords (css-page-3), portrait width and height.
  /** @type {Readonly<Record<string, Size>>} */
  const NAMED_SIZES = {
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

  /** @type {HTMLDivElement | undefined} */
  let probe;
  /** @param {string} length a CSS length */
  const toPx = (length) => {
    if (!probe) {
      probe = document.createElement('div');
      probe.style.cssText = 'position:absolute;visibility:hidden;height:0;';
      document.body.appendChild(probe);
    }
    probe.style.width = length;
    return probe.getBoundingClientRect().width;
  };

  /**
   * A `size` value over the size set so far: a keyword or one or two lengths, and an orientation.
   * @param {string} value
   * @param {Size} previous
   * @returns {Size}
   */
  const pageSize = (value, previous) => {
    const words = value.trim().toLowerCase().split(/\s+/);
    const named = words.find((word) => NAMED_SIZES[word]);
    const lengths = words.filter((word) => /^[\d.]/.test(word));
    let size = previous;
    if (named) size = /** @type {Size} */ (NAMED_SIZES[named]);
    else if (lengths[0] !== undefined) size = [lengths[0], lengths[1] || lengths[0]];
    const wide = toPx(size[0]) > toPx(size[1]);
    const turn = (words.includes('landscape') && !wide) || (words.includes('portrait') && wide);
    return turn ? [size[1], size[0]] : size;
  };

  // The page box the plain @page rules give, in cascade order (later rules win, as in the browser).
  // Our stylesheets are loaded with CORS, so their rules can be read.
  /** @returns {PageBox} */
  const pageBox = () => {
    /** @type {PageBox} */
    const box = { size: ['210mm', '297mm'], top: '0', right: '0', bottom: '0', left: '0' };
    /** @param {CSSRuleList} rules */
    const visit = (rules) => {
      for (const rule of rules) {
        if (rule instanceof CSSMediaRule) {
          // Rules for print (or for every medium) count; rules only for the screen do not.
          const media = rule.media.mediaText;
          if (!/screen/.test(media) || /print/.test(media)) visit(rule.cssRules);
        } else if (rule instanceof CSSPageRule && !rule.selectorText) {
          const style = rule.style;
          if (style.getPropertyValue('size')) box.size = pageSize(style.getPropertyValue('size'), box.size);
          SIDES.forEach((side) => {
            const value = style.getPropertyValue('margin-' + side);
            if (value) box[side] = value;
          });
        }
      }
    };
    for (const sheet of document.styleSheets) {
      let rules;
      try {
        rules = sheet.cssRules;
      } catch {
        continue; // a sheet we may not read holds no page rules of ours
      }
      visit(rules);
    }
    return box;
  };

  const matchScreenToPage = () => {
    const box = pageBox();
    const root = document.documentElement.style;
    root.setProperty('--pagedjs-pagebox-width', box.size[0]);
    root.setProperty('--pagedjs-pagebox-height', box.size[1]);
    SIDES.forEach((side) => {
      root.setProperty('--pagedjs-margin-' + side, box[side]);
    });
    const width = toPx('calc(' + box.size[0] + ' - ' + box.left + ' - ' + box.right + ')');
    probe?.remove();
    probe = undefined;
    const screen = document.getElementById('md-pdf-screen') || document.createElement('style');
    screen.id = 'md-pdf-screen';
    screen.textContent =
      '@media screen { body { box-sizing: border-box; width: ' + width + 'px; margin: 0; } }';
    document.head.appendChild(screen);
    return width;
  };

  // A forced break is a zero-height `.page-break` marker with `break-after: page`. Between a heading
  // (`break-after: avoid`) and the marker, Chromium would carry the heading over to a page of its own.
  // Moving the break onto the next element, as Paged.js does, keeps the heading where it was.
  const moveBreaksOntoContent = () => {
    document.querySelectorAll('.page-break').forEach((marker) => {
      const next = marker.nextElementSibling;
      // Every element of the page is one of these; each has inline style.
      const styled =
        next instanceof HTMLElement || next instanceof SVGElement || next instanceof MathMLElement;
      // An inline box (an image straight after a raw marker) takes no break: keep the marker then.
      if (!styled || window.getComputedStyle(next).display.startsWith('inline')) return;
      next.style.breakBefore = 'page';
      marker.remove();
    });
  };

  // Chromium neither clips nor ellipsizes a margin box: a title too long for the running header would run
  // into the page edge. Cut it with an ellipsis until it fits beside the header's other text
  // (html[data-title-room], set by src/document/html-page.ts), measured in the margin boxes' face.
  /** @param {number} width */
  const fitRunningTitle = (width) => {
    document.documentElement.style.removeProperty('--md-pdf-title');
    const room = document.documentElement.getAttribute('data-title-room');
    const title = document.title;
    if (room === null || !title) return Promise.resolve();
    const text = document.createElement('span');
    text.style.cssText =
      'position:absolute;visibility:hidden;white-space:nowrap;' +
      'font-family:var(--margin-box-font);font-size:var(--margin-box-size);' +
      'font-style:var(--margin-box-style);';
    document.body.appendChild(text);
    const style = window.getComputedStyle(text);
    return document.fonts
      .load(style.fontStyle + ' ' + style.fontSize + ' ' + style.fontFamily, title + room)
      .catch(() => {})
      .then(() => {
        /** @param {string} line */
        const fits = (line) => {
          text.textContent = line + room;
          return text.getBoundingClientRect().width <= width;
        };
        if (!fits(title)) {
          const chars = Array.from(title);
          let low = 0;
          let high = chars.length;
          while (low < high) {
            const middle = Math.ceil((low + high) / 2);
            if (fits(chars.slice(0, middle).join('').trimEnd() + '…')) low = middle;
            else high = middle - 1;
          }
          const cut = chars.slice(0, low).join('').trimEnd() + '…';
          document.documentElement.style.setProperty('--md-pdf-title', JSON.stringify(cut));
        }
        text.remove();
      });
  };

  const layOut = () =>
    state
      .beforeLayout()
      .then(() => {
        moveBreaksOntoContent();
        const width = matchScreenToPage();
        document.querySelectorAll('table').forEach((table) => {
          if (table.parentElement) state.fitTable(table, table, [table]);
        });
        return fitRunningTitle(width);
      })
      .catch((error) => {
        state.errors.push(String(error?.message || error));
      })
      .then(() => {
        state.finish();
      });

  // Shows another document in this page (src/shared/page-contract.ts SwapRequest: its own URL, language,
  // title, page rules and body; the stylesheets and scripts are the same), then lays it out as if it had
  // been loaded. The URL comes first: the document's relative image URLs resolve against it.
  state.swap = (doc) => {
    state.reset();
    window.history.replaceState(null, '', doc.url);
    const root = document.documentElement;
    // Nothing the document before set on the page may reach this one, even if its layout failed halfway.
    root.removeAttribute('style');
    document.getElementById('md-pdf-screen')?.remove();
    root.lang = doc.lang;
    if (doc.dir) root.dir = doc.dir;
    else root.removeAttribute('dir');
    if (typeof doc.titleRoom === 'string') root.setAttribute('data-title-room', doc.titleRoom);
    else root.removeAttribute('data-title-room');
    document.title = doc.title;
    const pageRules = document.getElementById('md-pdf-page-rules');
    if (!pageRules) throw new Error('the page has no page rules to replace');
    pageRules.textContent = doc.pageCss;
    document.body.className = doc.bodyClass;
    // The same text the loaded page's body holds, so the same tree.
    document.body.innerHTML = '\n' + doc.content + '\n';
    layOut();
  };

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', layOut);
  else layOut();
})();
