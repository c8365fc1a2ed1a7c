// @ts-check
// Runs in the page right after the Paged.js polyfill, before it starts laying out.
(() => {
  'use strict';

  // Paged.js does not repeat a table's header row when the table continues on the next page. When the
  // first row of a continued table is placed, put a copy of the source table's <thead> in front of it;
  // doing it during layout (not after) lets Paged.js count the header's height when it fills the page.
  class RepeatTableHeaders extends Paged.Handler {
    /** @override @param {Node | undefined} clone @param {Node | undefined} node */
    renderNode(clone, node) {
      if (!(clone instanceof Element) || clone.tagName !== 'TR') return;
      const table = clone.closest('table');
      if (!table || !table.hasAttribute('data-split-from') || table.querySelector(':scope > thead')) return;
      // The source of a placed row is a row too.
      const source = /** @type {Element} */ (node);
      const sourceHead = source.closest('table')?.querySelector(':scope > thead');
      if (!sourceHead || sourceHead.contains(source)) return;
      const head = /** @type {Element} */ (sourceHead.cloneNode(true));
      // Without refs Paged.js never mistakes the copy for the source header.
      head.removeAttribute('data-ref');
      head.querySelectorAll('[data-ref]').forEach((el) => {
        el.removeAttribute('data-ref');
      });
      head.setAttribute('data-repeated-header', '');
      table.insertBefore(head, table.firstChild);
    }
  }

  // When a table's first piece is placed, decide how it fits the page (common.js fitTable) and write
  // that on the source table too, so its parts on later pages match.
  class FitWideTables extends Paged.Handler {
    /** @override @param {Node | undefined} clone @param {Node | undefined} node */
    renderNode(clone, node) {
      if (!(clone instanceof HTMLElement) || clone.tagName !== 'TABLE' || !(node instanceof HTMLElement))
        return;
      if (node.hasAttribute('data-md-pdf-fit') || !clone.parentElement) return;
      node.setAttribute('data-md-pdf-fit', '');
      window.__mdPdf?.fitTable(node, clone, [node, clone]);
    }
  }

  // Page numbers of the contents (src/document/contents.ts tocHtml): once every page exists, each entry
  // gets the number of the page its heading landed on. getElementById, unlike the selector Paged.js's
  // target-counter() builds, also finds GitHub slugs that start with a digit (`1-introduction`).
  class ContentsPageNumbers extends Paged.Handler {
    /** @override */
    afterRendered() {
      document.querySelectorAll('.toc a.toc-link[href^="#"]').forEach((link) => {
        let id = (link.getAttribute('href') ?? '').slice(1);
        try {
          id = decodeURIComponent(id);
        } catch {
          // A malformed escape: look the id up as written.
        }
        const page = document.getElementById(id)?.closest('.pagedjs_page');
        const slot = link.querySelector('.toc-page');
        if (slot && page) slot.textContent = page.getAttribute('data-page-number');
      });
    }
  }

  // Paged.js prints every page at the size of the root @page rule. A book chapter that turns its pages
  // (themes/base.css: `.chapter-landscape { page: landscape }`) is laid out landscape on screen, so give those
  // page boxes a print page of their own size, or Chromium would cut them to the portrait sheet.
  class NamedPageSizes extends Paged.Handler {
    /** @override */
    afterRendered() {
      const page = document.querySelector('.pagedjs_landscape_page');
      if (!page) return;
      const box = page.getBoundingClientRect();
      const style = document.createElement('style');
      style.textContent =
        '@page md-pdf-landscape { size: ' +
        box.width +
        'px ' +
        box.height +
        'px; margin: 0; }\n' +
        '.pagedjs_pages > .pagedjs_landscape_page { page: md-pdf-landscape; }';
      document.head.appendChild(style);
    }
  }

  // Paged.js 0.4 stores each named string (string-set) in a custom property as `"text` with no closing
  // quote. Alone in `content` that still works (the end of the value closes the string), but followed by
  // anything, as in a footer template `{section} | {page}`, the open string swallows the rest and the
  // margin box comes out empty. Close the strings once Paged.js has set them for the page.
  class CloseNamedStrings extends Paged.Handler {
    /** @override @param {HTMLElement} fragment */
    afterPageLayout(fragment) {
      const style = fragment.style;
      for (const name of style) {
        if (!name.startsWith('--pagedjs-string-')) continue;
        const value = style.getPropertyValue(name).trim();
        if (value.charAt(0) === '"' && (value.length === 1 || !/[^\\]"$/.test(value))) {
          style.setProperty(name, value + '"');
        }
      }
    }
  }

  // A forced break is a zero-height `.page-break` whose `break-after` Paged.js moves onto the next element
  // (`data-previous-break-after`). When the content before it fills its page exactly, the empty marker
  // itself lands on a new page and the break then starts yet another one: a blank page. Once the break is
  // recorded on the next element the marker has done its job, so take it out of the flow.
  class DropBreakMarkers extends Paged.Handler {
    /** @override @param {DocumentFragment} parsed */
    afterParsed(parsed) {
      parsed.querySelectorAll('.page-break[data-break-after]').forEach((marker) => {
        const next = marker.nextElementSibling;
        if (next && next.hasAttribute('data-previous-break-after')) marker.remove();
      });
    }
  }

  // A <details> that Paged.js splits goes on, on the next page, without its summary (that stayed behind),
  // and Chromium then draws its default "Details" summary there. The same happens to the part left
  // behind when the break falls before the summary (a summary is kept with its body): an empty <details>
  // that would print "Details" alone at the foot of the page. A hidden summary takes that place in every
  // part of a <details> that had a summary; one the author wrote without a summary is left as it is.
  class ContinuedDetails extends Paged.Handler {
    /** @type {Set<string>} */
    withSummary = new Set();

    /** @override @param {DocumentFragment} parsed */
    afterParsed(parsed) {
      parsed.querySelectorAll('details[data-ref]').forEach((details) => {
        if (details.firstElementChild?.tagName === 'SUMMARY')
          this.withSummary.add(details.getAttribute('data-ref') ?? '');
      });
    }

    /** @override @param {HTMLElement} page */
    afterPageLayout(page) {
      page.querySelectorAll('details[data-ref]').forEach((details) => {
        if (!this.withSummary.has(details.getAttribute('data-ref') ?? '')) return;
        if (details.firstElementChild?.tagName === 'SUMMARY') return;
        const summary = document.createElement('summary');
        summary.hidden = true;
        details.insertBefore(summary, details.firstChild);
      });
    }
  }

  Paged.registerHandlers(
    DropBreakMarkers,
    ContinuedDetails,
    RepeatTableHeaders,
    FitWideTables,
    ContentsPageNumbers,
    NamedPageSizes,
    CloseNamedStrings,
  );
})();
