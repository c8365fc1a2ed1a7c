// @ts-check
// Runs in the page after common.js and before the Paged.js polyfill: tells it to lay the document out
// and to signal us when every page exists. The printer waits for that (common.js finish), never for a
// fixed time.
(() => {
  'use strict';
  const state = window.__mdPdf;
  if (!state) throw new Error('paged-config.js needs common.js, loaded before it');
  window.PagedConfig = {
    auto: true,
    before: state.beforeLayout,
    after: state.finish,
  };
})();
