/** The languages Portico's configurable names can be read in (the UI bundles' languages). */
export const READER_LANGUAGES = ['en', 'de'] as const;
export type ReaderLanguage = (typeof READER_LANGUAGES)[number];

/**
 * The reader's language from an `Accept-Language` header: the supported language with the highest
 * quality ("de-DE,de;q=0.9,en;q=0.8" → de). The web app sends the language its UI is in; an integration
 * that sends none (or only unsupported ones) gets null: names as staff stored them.
 */
export function readerLanguage(header: string | undefined): ReaderLanguage | null {
  if (!header) return null;
  let best: { language: ReaderLanguage; quality: number } | null = null;
  for (const part of header.split(',').slice(0, 20)) {
    const [tag = '', ...params] = part.trim().split(';');
    const language = tag.trim().toLowerCase().split('-')[0];
    if (!READER_LANGUAGES.includes(language as ReaderLanguage)) continue;
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)).find(Boolean);
    const quality = q ? Number(q[1]) : 1;
    if (!(quality > 0)) continue;
    if (!best || quality > best.quality) best = { language: language as ReaderLanguage, quality };
  }
  return best?.language ?? null;
}
