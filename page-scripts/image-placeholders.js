// Before Paged.js lays the pages out, waits until every image has loaded or failed (so layout measures
// real sizes), and replaces each image that could not be shown with a visible box naming it. The Node
// side already warns about requests it refused; images that failed for other reasons (a file that is
// not an image, a remote 404) are reported here, with the line set at build time in `data-line`.
(function () {
  'use strict';

  function report(image) {
    var state = window.__mdPdf;
    if (!state || !state.diagnostics) return;
    state.diagnostics.push({
      message: 'could not display image ' + image.getAttribute('src'),
      line: Number(image.getAttribute('data-line')) || undefined,
      url: image.src,
    });
  }

  function placeholderFor(image) {
    var box = document.createElement('span');
    box.className = 'image-missing';
    box.setAttribute('role', 'img');
    var alt = image.getAttribute('alt') || '';
    var src = image.getAttribute('src') || '';
    box.setAttribute('aria-label', alt || src);
    var title = document.createElement('span');
    title.className = 'image-missing-title';
    title.textContent = 'Image not available';
    var text = document.createElement('span');
    text.className = 'image-missing-alt';
    text.textContent = alt || src.split('/').pop();
    var path = document.createElement('span');
    path.className = 'image-missing-src';
    path.textContent = src;
    box.appendChild(title);
    box.appendChild(text);
    if (alt) box.appendChild(path);
    return box;
  }

  function settle(image) {
    if (!image.getAttribute('src')) return Promise.resolve(true);
    // decode() waits for the load and rejects when the image is missing or cannot be decoded.
    return image.decode().then(
      function () {
        return true;
      },
      function () {
        // An SVG without intrinsic size can reject decode() and still draw; trust what loaded.
        return image.complete && image.naturalWidth > 0;
      },
    );
  }

  function checkImages() {
    var images = Array.prototype.slice.call(document.querySelectorAll('.doc-body img'));
    return Promise.all(images.map(settle)).then(function (loaded) {
      images.forEach(function (image, index) {
        if (loaded[index]) return;
        report(image);
        image.replaceWith(placeholderFor(image));
      });
    });
  }

  window.__mdPdfBeforeLayout = window.__mdPdfBeforeLayout || [];
  window.__mdPdfBeforeLayout.push(checkImages);
})();
