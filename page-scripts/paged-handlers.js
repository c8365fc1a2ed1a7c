// Runs in the page right after the Paged.js polyfill, before it starts laying out.
(function () {
  'use strict';

  // Paged.js does not repeat a table's header row when the table continues on the next page. When the
  // first row of a continued table is placed, put a copy of the source table's <thead> in front of it;
  // doing it during layout (not after) lets Paged.js count the header's height when it fills the page.
  class RepeatTableHeaders extends Paged.Handler {
    renderNode(clone, node) {
      if (!clone || clone.nodeType !== 1 || clone.tagName !== 'TR') return;
      var table = clone.closest('table');
      if (!table || !table.hasAttribute('data-split-from') || table.querySelector(':scope > thead')) return;
      var sourceHead = node.closest('table') && node.closest('table').querySelector(':scope > thead');
      if (!sourceHead || sourceHead.contains(node)) return;
      var head = sourceHead.cloneNode(true);
      // Without refs Paged.js never mistakes the copy for the source header.
      head.removeAttribute('data-ref');
      head.querySelectorAll('[data-ref]').forEach(function (el) {
        el.removeAttribute('data-ref');
      });
      head.setAttribute('data-repeated-header', '');
      table.insertBefore(head, table.firstChild);
    }
  }

  Paged.registerHandlers(RepeatTableHeaders);
})();
