// Runs in the page after common.js and before the Paged.js polyfill: tells it to lay the document out
// and to signal us when every page exists. The printer waits for that (common.js finish), never for a
// fixed time.
(function () {
  'use strict';
  var state = window.__mdPdf;
  window.PagedConfig = {
    auto: true,
    before: state.beforeLayout,
    after: state.finish,
  };
})();
