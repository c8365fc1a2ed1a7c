import { defaultSchema } from 'rehype-sanitize';
import type { Options as SanitizeSchema } from 'rehype-sanitize';

type PropertyDefinition = NonNullable<SanitizeSchema['attributes']>[string][number];

/**
 * The allow-list raw HTML in a document passes through. We start from GitHub's own schema (what
 * hast-util-sanitize ships as `defaultSchema`): people write reports for GitHub, so what renders there
 * should render here, and what GitHub strips (script, style, iframe, object, embed, event handlers,
 * `javascript:` URLs, `<link>`, `<meta>`, forms) is stripped here too.
 *
 * On top of it we allow only harmless presentational markup that real reports use:
 * - `mark`, `abbr`, `u`, `small`, `figure`, `figcaption`, `caption` (plain text formatting);
 * - `div.page-break`, our documented way to force a page break;
 * - the `math-inline` / `math-display` classes remark-math puts on code, so math survives sanitizing.
 * Inline `style` stays forbidden: it could overlay or hide content, and it is not allowed on GitHub.
 * User ids keep GitHub's `user-content-` prefix so no document can clobber globals the page relies on.
 */
export const sanitizeSchema: SanitizeSchema = Object.freeze({
  ...defaultSchema,
  tagNames: [
    ...(defaultSchema.tagNames ?? []),
    'mark',
    'abbr',
    'u',
    'small',
    'figure',
    'figcaption',
    'caption',
  ],
  attributes: {
    ...defaultSchema.attributes,
    div: [...(defaultSchema.attributes?.div ?? []), ['className', 'page-break'] as PropertyDefinition],
    code: [['className', /^language-./, 'math-inline', 'math-display'] as PropertyDefinition],
  },
});
