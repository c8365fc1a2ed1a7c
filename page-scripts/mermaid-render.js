// Draws the document's Mermaid diagrams before Paged.js lays the pages out (so their real size is what
// gets paginated). Loaded after mermaid.min.js, only for documents that have diagrams. Each
// `.mermaid-diagram` holds its source in `.mermaid-source` and its fence line in `data-line`; a diagram
// that cannot be drawn shows the error in its place and is reported back to Node as a warning.
(function () {
  'use strict';

  function cssVar(name, fallback) {
    var value = window.getComputedStyle(document.documentElement).getPropertyValue(name).trim();
    return value || fallback;
  }

  function report(message, line) {
    var state = window.__mdPdf;
    if (state && state.diagnostics) state.diagnostics.push({ message: message, line: line });
  }

  // Mermaid's parse errors are several lines (message, the source line, a caret, a long list of what was
  // expected); an annotation wants one short line. "Parse error on line N" counts from the diagram's
  // first line, so the warning can point at the exact line of the file.
  function describe(error, fenceLine, sourceLines) {
    var text = String((error && error.message) || error || 'unknown error');
    var lines = text.split('\n').filter(function (l) {
      return l.trim() !== '' && !/^-*\^$/.test(l.trim());
    });
    var summary = (lines[0] || text).replace(/:$/, '');
    var excerpt = lines[1] && !/^Expecting /.test(lines[1]) ? lines[1].trim() : '';
    if (excerpt) summary += ': ' + excerpt.replace(/\s+/g, ' ');
    var got = /got '([^']*)'/.exec(text);
    // Jison names the end of input 'EOF' or, in some grammars, token number 1.
    if (got)
      summary += /^(EOF|1)$/.test(got[1]) ? ' (unexpected end of diagram)' : ' (unexpected ' + got[1] + ')';
    var match = /line (\d+)/i.exec(lines[0] || '');
    // An error at the end of the input is reported one line past the diagram: point at its last line.
    var line = fenceLine && match ? fenceLine + Math.min(Number(match[1]), sourceLines) : fenceLine;
    return { text: text, summary: summary.slice(0, 300), line: line };
  }

  function showError(diagram, problem) {
    var box = document.createElement('div');
    box.className = 'mermaid-error';
    var title = document.createElement('p');
    title.className = 'mermaid-error-title';
    title.textContent = 'This diagram could not be drawn';
    var detail = document.createElement('pre');
    detail.className = 'mermaid-error-detail';
    detail.textContent = problem.text;
    box.appendChild(title);
    box.appendChild(detail);
    var source = diagram.querySelector('.mermaid-source');
    diagram.insertBefore(box, source);
  }

  function renderOne(diagram, index) {
    var source = diagram.querySelector('.mermaid-source');
    var fenceLine = Number(diagram.getAttribute('data-line')) || undefined;
    var id = 'md-pdf-mermaid-' + index;
    var text = source ? source.textContent : '';
    // Promise.resolve().then: a synchronous throw inside Mermaid becomes a failed diagram, not a stalled page.
    return Promise.resolve()
      .then(function () {
        return window.mermaid.render(id, text);
      })
      .then(
        function (result) {
          diagram.innerHTML = result.svg;
          diagram.classList.add('mermaid-rendered');
        },
        function (error) {
          // Mermaid may leave its scratch element behind when it fails.
          ['d' + id, id].forEach(function (leftover) {
            var node = document.getElementById(leftover);
            if (node && !diagram.contains(node)) node.remove();
          });
          var problem = describe(error, fenceLine, text.split('\n').length);
          diagram.classList.add('mermaid-failed');
          showError(diagram, problem);
          report('Mermaid diagram could not be drawn: ' + problem.summary, problem.line);
        },
      );
  }

  function renderDiagrams() {
    var diagrams = Array.prototype.slice.call(document.querySelectorAll('.mermaid-diagram'));
    if (diagrams.length === 0) return undefined;
    if (!window.mermaid) {
      diagrams.forEach(function (diagram) {
        report(
          'Mermaid diagram could not be drawn: the Mermaid script did not load',
          Number(diagram.getAttribute('data-line')) || undefined,
        );
      });
      return undefined;
    }
    var font = cssVar('--ui-font', 'sans-serif');
    window.mermaid.initialize({
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
      .catch(function () {})
      .then(function () {
        // One at a time: Mermaid keeps global state while it draws.
        return diagrams.reduce(function (previous, diagram, index) {
          return previous.then(function () {
            return renderOne(diagram, index);
          });
        }, Promise.resolve());
      });
  }

  window.__mdPdfBeforeLayout = window.__mdPdfBeforeLayout || [];
  window.__mdPdfBeforeLayout.push(renderDiagrams);
})();
