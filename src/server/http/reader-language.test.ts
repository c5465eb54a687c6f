import { describe, expect, it } from 'vitest';
import { readerLanguage } from './reader-language.js';

describe('the reader language of a request', () => {
  it('takes the supported language the reader prefers most', () => {
    expect(readerLanguage('de')).toBe('de');
    expect(readerLanguage('de-DE,de;q=0.9,en;q=0.8')).toBe('de');
    expect(readerLanguage('fr-FR,fr;q=0.9,en;q=0.5,de;q=0.7')).toBe('de');
    expect(readerLanguage('en-GB, de;q=0.2')).toBe('en');
    expect(readerLanguage('EN')).toBe('en');
  });

  it('has none without a header, for unsupported languages only, or for a language refused with q=0', () => {
    expect(readerLanguage(undefined)).toBeNull();
    expect(readerLanguage('')).toBeNull();
    expect(readerLanguage('fr, it;q=0.5')).toBeNull();
    expect(readerLanguage('de;q=0')).toBeNull();
    expect(readerLanguage('*')).toBeNull();
  });
});
