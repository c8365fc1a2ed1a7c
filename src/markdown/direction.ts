/** Languages written right to left (ISO 639 codes): Arabic, Hebrew, Persian, Urdu, Yiddish, and kin. */
const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'iw',
  'ks',
  'ps',
  'sd',
  'ug',
  'ur',
  'yi',
]);

/**
 * The direction a whole document is laid out in: front matter `dir` (`rtl` or `ltr`) when it says,
 * else right to left for a right-to-left `lang` (`ar`, `he-IL`, …), else undefined (left to right).
 * Blocks still take their own direction from their text (rehype-block-direction.ts).
 */
export function documentDirection(dir: unknown, lang: string | undefined): 'ltr' | 'rtl' | undefined {
  if (typeof dir === 'string' && /^(ltr|rtl)$/i.test(dir.trim()))
    return dir.trim().toLowerCase() as 'ltr' | 'rtl';
  const language = lang?.split('-')[0]?.toLowerCase();
  return language && RTL_LANGUAGES.has(language) ? 'rtl' : undefined;
}
