// Runs first in every page, whichever engine lays it out (paged-config.js for Paged.js,
// chromium-layout.js for Chromium's own pagination): the state the printer waits on, the hooks that
// must finish before layout, and the table fitting both engines share.
(function () {
  'use strict';
  // `diagnostics`: {message, line?, url?} problems our page scripts found (a diagram that cannot be
  // drawn, an image that cannot be shown); the printer hands them to Node as warnings.
  var state = {};
  window.__mdPdf = state;
  // The printer awaits `finished` (no polling): resolved by finish() once the pages are laid out. A page
  // that takes another document (chromium-layout.js swap) starts over from reset().
  var resolveFinished;
  state.reset = function () {
    state.done = false;
    state.errors = [];
    state.diagnostics = [];
    state.finished = new Promise(function (resolve) {
      resolveFinished = resolve;
    });
  };
  state.reset();
  // Once laid out, the text is checked for characters no font could draw (glyph-check.js), before the
  // printer is told: `glyphCheckMs` is what that took (MD_PDF_PROFILE).
  state.finish = function () {
    var started = performance.now();
    try {
      if (state.checkGlyphs) state.diagnostics = state.diagnostics.concat(state.checkGlyphs());
    } catch (error) {
      state.errors.push('glyph check: ' + String((error && error.message) || error));
    }
    state.glyphCheckMs = performance.now() - started;
    state.done = true;
    resolveFinished();
  };
  window.addEventListener('error', function (event) {
    state.errors.push(String(event.message || event.error));
  });

  // Hooks that must finish before layout (diagrams, images) register themselves in
  // window.__mdPdfBeforeLayout. A task that fails must not stop the layout: the document still prints,
  // the error is kept. Resolves once every task has settled and the fonts are loaded.
  state.beforeLayout = function () {
    var tasks = (window.__mdPdfBeforeLayout || []).map(function (task) {
      return Promise.resolve()
        .then(task)
        .catch(function (error) {
          state.errors.push(String((error && error.message) || error));
        });
    });
    return Promise.all(tasks).then(function () {
      return document.fonts.ready;
    });
  };

  // Cells wrap anywhere, so no table ever leaves the page; but the browser then sizes the columns as if
  // every letter were a break, and squeezes words apart even where whole words would fit. So measure the
  // width a table needs with whole words (a hidden copy, next to it so the same styles apply). If that
  // fits, cells break only words longer than their column. If not, first shrink the table's text (and
  // cell padding, see .md-pdf-fit in base.css) until it fits, down to a readable minimum. The decision is
  // written on every table in `tables` (Paged.js: the source table and the piece on the page).
  var MIN_FONT_PX = 7.5; // 5.6 pt
  function innerWidth(element) {
    var style = window.getComputedStyle(element);
    return element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  }
  function measure(probe, available) {
    var width = probe.getBoundingClientRect().width;
    if (width <= available + 0.5) return { fits: true };
    var size = parseFloat(window.getComputedStyle(probe).fontSize);
    probe.classList.add('md-pdf-fit');
    // Padding does not scale with the text: converge in a few steps rather than one division.
    for (var i = 0; i < 8 && size > MIN_FONT_PX; i++) {
      size = Math.max(MIN_FONT_PX, size * Math.max(0.75, available / width) - 0.05);
      probe.style.fontSize = size.toFixed(2) + 'px';
      width = probe.getBoundingClientRect().width;
      if (width <= available + 0.5) break;
    }
    return { fits: width <= available + 0.5, fontSize: size.toFixed(2) + 'px' };
  }
  state.fitTable = function (source, placed, tables) {
    var available = innerWidth(placed.parentElement);
    if (!(available > 0)) return;
    var probe = source.cloneNode(true);
    probe.classList.add('md-pdf-fit-probe');
    placed.parentElement.appendChild(probe);
    var fit;
    try {
      fit = measure(probe, available);
    } finally {
      probe.remove();
    }
    tables.forEach(function (table) {
      if (fit.fits) table.classList.add('md-pdf-whole-words');
      if (fit.fontSize) {
        table.classList.add('md-pdf-fit');
        table.style.fontSize = fit.fontSize;
      }
    });
  };
})();
