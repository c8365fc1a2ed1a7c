// @ts-check
// Draws the document's Mermaid diagrams before Paged.js lays the pages out (so their real size is what
// gets paginated). Loaded after mermaid.min.js, only for documents that have diagrams. Each
// `.mermaid-diagram` holds its source in `.mermaid-source` and its fence line in `data-line`; a diagram
// that cannot be drawn shows the error in its place and is reported back to Node as a warning.
(() => {
  'use strict';

  /**
   * @param {string} name
   * @param {string} fallback
   */
  const cssVar = (name, fallback) => {
    const value = window.getComputedStyle(document.documentElement).getPropertyValue(name).trim();
    return value || fallback;
  };

  /**
   * @param {string} message
   * @param {number | undefined} line
   */
  const report = (message, line) => {
    const state = window.__mdPdf;
    if (state?.diagnostics) state.diagnostics.push({ message, line });
  };

  // Mermaid's parse errors are several lines (message, the source line, a caret, a long list of what was
  // expected); an annotation wants one short line. "Parse error on line N" counts from the diagram's
  // first line, so the warning can point at the exact line of the file.
  /**
   * @param {any} error whatever Mermaid threw
   * @param {number | undefined} fenceLine
   * @param {number} sourceLines
   */
  const describe = (error, fenceLine, sourceLines) => {
    const text = String(error?.message || error || 'unknown error');
    const lines = text.split('\n').filter((l) => l.trim() !== '' && !/^-*\^$/.test(l.trim()));
    let summary = (lines[0] || text).replace(/:$/, '');
    const excerpt = lines[1] && !/^Expecting /.test(lines[1]) ? lines[1].trim() : '';
    if (excerpt) summary += ': ' + excerpt.replace(/\s+/g, ' ');
    const got = /got '([^']*)'/.exec(text);
    // Jison names the end of input 'EOF' or, in some grammars, token number 1.
    if (got)
      summary += /^(EOF|1)$/.test(got[1] ?? '')
        ? ' (unexpected end of diagram)'
        : ' (unexpected ' + got[1] + ')';
    const match = /line (\d+)/i.exec(lines[0] || '');
    // An error at the end of the input is reported one line past the diagram: point at its last line.
    const line = fenceLine && match ? fenceLine + Math.min(Number(match[1]), sourceLines) : fenceLine;
    return { text, summary: summary.slice(0, 300), line };
  };

  /**
   * @param {Element} diagram
   * @param {{ text: string }} problem
   */
  const showError = (diagram, problem) => {
    const box = document.createElement('div');
    box.className = 'mermaid-error';
    const title = document.createElement('p');
    title.className = 'mermaid-error-title';
    title.textContent = 'This diagram could not be drawn';
    const detail = document.createElement('pre');
    detail.className = 'mermaid-error-detail';
    detail.textContent = problem.text;
    box.appendChild(title);
    box.appendChild(detail);
    const source = diagram.querySelector('.mermaid-source');
    diagram.insertBefore(box, source);
  };

  /**
   * @param {import('mermaid').Mermaid} mermaid
   * @param {Element} diagram
   * @param {number} index
   */
  const renderOne = (mermaid, diagram, index) => {
    const source = diagram.querySelector('.mermaid-source');
    const fenceLine = Number(diagram.getAttribute('data-line')) || undefined;
    const id = 'md-pdf-mermaid-' + index;
    const text = source ? (source.textContent ?? '') : '';
    // Promise.resolve().then: a synchronous throw inside Mermaid becomes a failed diagram, not a stalled page.
    return Promise.resolve()
      .then(() => mermaid.render(id, text))
      .then(
        (result) => {
          diagram.innerHTML = result.svg;
          diagram.classList.add('mermaid-rendered');
        },
        (error) => {
          // Mermaid may leave its scratch element behind when it fails.
          ['d' + id, id].forEach((leftover) => {
            const node = document.getElementById(leftover);
            if (node && !diagram.contains(node)) node.remove();
          });
          const problem = describe(error, fenceLine, text.split('\n').length);
          diagram.classList.add('mermaid-failed');
          showError(diagram, problem);
          report('Mermaid diagram could not be drawn: ' + problem.summary, problem.line);
        },
      );
  };

  const renderDiagrams = () => {
    const diagrams = Array.from(document.querySelectorAll('.mermaid-diagram'));
    if (diagrams.length === 0) return undefined;
    const mermaid = window.mermaid;
    if (!mermaid) {
      diagrams.forEach((diagram) => {
        report(
          'Mermaid diagram could not be drawn: the Mermaid script did not load',
          Number(diagram.getAttribute('data-line')) || undefined,
        );
      });
      return undefined;
    }
    const font = cssVar('--ui-font', 'sans-serif');
    mermaid.initialize({
      startOnLoad: false,
      // Labels are sanitized, no click handlers or links run: a document cannot script the page.
      securityLevel: 'strict',
      // Labels as SVG <text>, not HTML in <foreignObject>: they stay real, selectable text in the PDF.
      htmlLabels: false,
      // SVG labels wrap at wrappingWidth, and a word longer than that is cut between letters (a node
      // `engine/read-source` came out as `engine/read-sourc` / `e`). 400px wraps sentences, not words.
      flowchart: { htmlLabels: false, wrappingWidth: 400 },
      // A diagram's own %%{init}%% may not turn HTML labels back on.
      secure: [
        'secure',
        'securityLevel',
        'startOnLoad',
        'maxTextSize',
        'suppressErrorRendering',
        'maxEdges',
        'htmlLabels',
      ],
      // We show our own error box instead of Mermaid's.
      suppressErrorRendering: true,
      theme: 'base',
      fontFamily: font,
      themeVariables: {
        fontFamily: font,
        fontSize: '13px',
        primaryColor: cssVar('--tint', '#f4f6f8'),
        primaryBorderColor: cssVar('--accent', '#1d4e89'),
        primaryTextColor: cssVar('--ink', '#1f2328'),
        secondaryColor: '#ffffff',
        tertiaryColor: '#ffffff',
        lineColor: cssVar('--muted', '#57606a'),
        textColor: cssVar('--ink', '#1f2328'),
        noteBkgColor: '#fff8c5',
        noteBorderColor: '#d4a72c',
      },
    });
    // Mermaid measures its labels while drawing: the font must be loaded first or boxes come out too small.
    return document.fonts
      .load('13px ' + font)
      .catch(() => {})
      .then(() =>
        // One at a time: Mermaid keeps global state while it draws.
        diagrams.reduce(
          (previous, diagram, index) => previous.then(() => renderOne(mermaid, diagram, index)),
          Promise.resolve(),
        ),
      );
  };

  window.__mdPdfBeforeLayout = window.__mdPdfBeforeLayout || [];
  window.__mdPdfBeforeLayout.push(renderDiagrams);
})();
