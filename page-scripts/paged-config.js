// Runs in the page before the Paged.js polyfill: tells it to lay the document out and to signal us
// when every page exists. The printer waits for window.__mdPdf.done, never for a fixed time.
(function () {
  'use strict';
  // `diagnostics`: {message, line?, url?} problems our page scripts found (a diagram that cannot be
  // drawn, an image that cannot be shown); the printer hands them to Node as warnings.
  var state = { done: false, pages: 0, errors: [], diagnostics: [] };
  window.__mdPdf = state;
  window.addEventListener('error', function (event) {
    state.errors.push(String(event.message || event.error));
  });
  window.PagedConfig = {
    auto: true,
    before: function () {
      // Hooks that must finish before layout (e.g. diagrams) register themselves here.
      var tasks = (window.__mdPdfBeforeLayout || []).map(function (task) {
        // A task that fails must not stop the layout: the document still prints, the error is kept.
        return Promise.resolve()
          .then(task)
          .catch(function (error) {
            state.errors.push(String((error && error.message) || error));
          });
      });
      return Promise.all(tasks).then(function () {
        return document.fonts.ready;
      });
    },
    after: function (flow) {
      state.pages = flow && flow.total ? flow.total : document.querySelectorAll('.pagedjs_page').length;
      state.done = true;
    },
  };
})();
