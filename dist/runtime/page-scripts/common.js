// @ts-check
// Runs first in every page, whichever engine lays it out (paged-config.js for Paged.js,
// chromium-layout.js for Chromium's own pagination): the state the printer waits on, the hooks that
// must finish before layout, and the table fitting both engines share. The state's shape is the page
// contract, src/shared/page-contract.ts PageState.
(() => {
  'use strict';

  /** @typedef {import('../src/shared/page-contract.js').PageState} PageState */

  /** @param {any} error anything a script may throw */
  const describe = (error) => String(error?.message || error);

  // The printer awaits `finished` (no polling): resolved by finish() once the pages are laid out. A page
  // that takes another document (chromium-layout.js swap) starts over from reset().
  /** @type {() => void} */
  let resolveFinished = () => undefined;

  // Cells wrap anywhere, so no table ever leaves the page; but the browser then sizes the columns as if
  // every letter were a break, and squeezes words apart even where whole words would fit. So measure the
  // width a table needs with whole words (a hidden copy, next to it so the same styles apply). If that
  // fits, cells break only words longer than their column. If not, first shrink the table's text (and
  // cell padding, see .md-pdf-fit in base.css) until it fits, down to a readable minimum. The decision is
  // written on every table in `tables` (Paged.js: the source table and the piece on the page).
  const MIN_FONT_PX = 7.5; // 5.6 pt

  /** @param {HTMLElement} element */
  const innerWidth = (element) => {
    const style = window.getComputedStyle(element);
    return element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  };

  /**
   * @param {HTMLElement} probe
   * @param {number} available
   * @returns {{ fits: boolean, fontSize?: string }}
   */
  const measure = (probe, available) => {
    let width = probe.getBoundingClientRect().width;
    if (width <= available + 0.5) return { fits: true };
    let size = parseFloat(window.getComputedStyle(probe).fontSize);
    probe.classList.add('md-pdf-fit');
    // Padding does not scale with the text: converge in a few steps rather than one division.
    for (let i = 0; i < 8 && size > MIN_FONT_PX; i++) {
      size = Math.max(MIN_FONT_PX, size * Math.max(0.75, available / width) - 0.05);
      probe.style.fontSize = size.toFixed(2) + 'px';
      width = probe.getBoundingClientRect().width;
      if (width <= available + 0.5) break;
    }
    return { fits: width <= available + 0.5, fontSize: size.toFixed(2) + 'px' };
  };

  /** @type {PageState} */
  const state = {
    // `diagnostics`: {message, line?, url?} problems our page scripts found (a diagram that cannot be
    // drawn, an image that cannot be shown); the printer hands them to Node as warnings.
    errors: [],
    diagnostics: [],
    finished: Promise.resolve(),
    reset() {
      state.errors = [];
      state.diagnostics = [];
      state.finished = new Promise((resolve) => {
        resolveFinished = resolve;
      });
    },
    // Once laid out, the text is checked for characters no font could draw (glyph-check.js), before the
    // printer is told: `glyphCheckMs` is what that took (MD_PDF_PROFILE).
    finish() {
      const started = performance.now();
      try {
        if (state.checkGlyphs) state.diagnostics = state.diagnostics.concat(state.checkGlyphs());
      } catch (error) {
        state.errors.push('glyph check: ' + describe(error));
      }
      state.glyphCheckMs = performance.now() - started;
      resolveFinished();
    },
    // Hooks that must finish before layout (diagrams, images) register themselves in
    // window.__mdPdfBeforeLayout. A task that fails must not stop the layout: the document still prints,
    // the error is kept. Resolves once every task has settled and the fonts are loaded.
    beforeLayout() {
      const tasks = (window.__mdPdfBeforeLayout || []).map((task) =>
        Promise.resolve()
          .then(task)
          .catch((error) => {
            state.errors.push(describe(error));
          }),
      );
      return Promise.all(tasks).then(() => document.fonts.ready);
    },
    fitTable(source, placed, tables) {
      const parent = placed.parentElement;
      if (!parent) return;
      const available = innerWidth(parent);
      if (!(available > 0)) return;
      const probe = /** @type {HTMLElement} */ (source.cloneNode(true));
      probe.classList.add('md-pdf-fit-probe');
      parent.appendChild(probe);
      let fit;
      try {
        fit = measure(probe, available);
      } finally {
        probe.remove();
      }
      tables.forEach((table) => {
        if (fit.fits) table.classList.add('md-pdf-whole-words');
        if (fit.fontSize) {
          table.classList.add('md-pdf-fit');
          table.style.fontSize = fit.fontSize;
        }
      });
    },
  };
  state.reset();
  window.__mdPdf = state;

  window.addEventListener('error', (event) => {
    state.errors.push(String(event.message || event.error));
  });
})();
