import { describe, expect, it } from 'vitest';
import { searchWords } from './search-words.js';

describe('search words', () => {
  it('splits the columns into lower-cased runs of letters and digits of 3+ characters, each once', () => {
    expect(searchWords(['Heat-Pump HP-300', 'SN/0042A', null, 'Kühlwerk AG', 'heat pump'])).toEqual(['heat', 'pump', '300', '0042a', 'kühlwerk']);
  });

  it('never joins two columns into one word, and ignores what is not text', () => {
    expect(searchWords(['abc', 'def', 7, undefined])).toEqual(['abc', 'def']);
    expect(searchWords(['', '  ', '--'])).toEqual([]);
  });
});
