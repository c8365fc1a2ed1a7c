import { describe, expect, it } from 'vitest';
import { markdownToHtml } from '../../src/markdown/processor.js';

// KaTeX and the emoji table load only for documents that use them; what a document gets must not change.
describe('plugins loaded on use', () => {
  it('turns shortcodes in text into emoji, also when written with character references', async () => {
    const { html } = await markdownToHtml(
      'Shipped :tada: :+1: &#58;rocket&#58; `:tada:` :no_such_emoji:\n',
      'f',
    );
    expect(html).toContain('Shipped 🎉 👍 🚀 <code>:tada:</code> :no_such_emoji:');
  });

  it('renders inline, display and fenced math with KaTeX, and reports bad math at its line', async () => {
    const { html, features, warnings } = await markdownToHtml(
      'Inline $a^2$.\n\n$$\n\\frac{1}{2}\n$$\n\n```math\nE = mc^2\n```\n\nBad $\\frac{1}{$ here.\n',
      'f',
    );
    expect(html.match(/class="katex"/g)).toHaveLength(3);
    expect(html).toContain('katex-display');
    expect(features.math).toBe(true);
    expect(warnings).toEqual([
      expect.objectContaining({ line: 11, message: expect.stringMatching(/^math could not be rendered/) }),
    ]);
  });

  it('leaves a document without math or shortcodes as written', async () => {
    const { html, features } = await markdownToHtml('Costs $5 (not $10): see time 10:30:45.\n', 'f');
    expect(html).toBe('<p>Costs $5 (not $10): see time 10:30:45.</p>');
    expect(features.math).toBe(false);
  });
});
