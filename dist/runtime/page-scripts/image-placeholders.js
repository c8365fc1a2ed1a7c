// @ts-check
// Before Paged.js lays the pages out, waits until every image has loaded or failed (so layout measures
// real sizes), and replaces each image that could not be shown with a visible box naming it. The Node
// side already warns about requests it refused; images that failed for other reasons (a file that is
// not an image, a remote 404) are reported here, with the line set at build time in `data-line`.
(() => {
  'use strict';

  /** @param {HTMLImageElement} image */
  const report = (image) => {
    const state = window.__mdPdf;
    if (!state?.diagnostics) return;
    state.diagnostics.push({
      message: 'could not display image ' + image.getAttribute('src'),
      line: Number(image.getAttribute('data-line')) || undefined,
      url: image.src,
    });
  };

  /** @param {HTMLImageElement} image */
  const placeholderFor = (image) => {
    const box = document.createElement('span');
    box.className = 'image-missing';
    box.setAttribute('role', 'img');
    const alt = image.getAttribute('alt') || '';
    const src = image.getAttribute('src') || '';
    box.setAttribute('aria-label', alt || src);
    const title = document.createElement('span');
    title.className = 'image-missing-title';
    title.textContent = 'Image not available';
    const text = document.createElement('span');
    text.className = 'image-missing-alt';
    text.textContent = alt || (src.split('/').pop() ?? '');
    const path = document.createElement('span');
    path.className = 'image-missing-src';
    path.textContent = src;
    box.appendChild(title);
    box.appendChild(text);
    if (alt) box.appendChild(path);
    return box;
  };

  /**
   * @param {HTMLImageElement} image
   * @returns {Promise<boolean>}
   */
  const settle = (image) => {
    if (!image.getAttribute('src')) return Promise.resolve(true);
    // decode() waits for the load and rejects when the image is missing or cannot be decoded.
    return image.decode().then(
      () => true,
      // An SVG without intrinsic size can reject decode() and still draw; trust what loaded.
      () => image.complete && image.naturalWidth > 0,
    );
  };

  const checkImages = () => {
    const images = Array.from(
      document.querySelectorAll('.doc-body img'),
      (image) => /** @type {HTMLImageElement} */ (image),
    );
    return Promise.all(images.map(settle)).then((loaded) => {
      images.forEach((image, index) => {
        if (loaded[index]) return;
        report(image);
        image.replaceWith(placeholderFor(image));
      });
    });
  };

  window.__mdPdfBeforeLayout = window.__mdPdfBeforeLayout || [];
  window.__mdPdfBeforeLayout.push(checkImages);
})();
