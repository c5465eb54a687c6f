import { describe, expect, it } from 'vitest';
import { chooseWindow, estimateContaining, MAX_WINDOWS, trigramWindows, type TextSample } from './trigram-windows.js';

/** A sample of 100 rows' texts standing for `rows` rows, each text repeated `count` times. */
function sampleOf(rows: number, texts: [text: string, count: number][]): TextSample {
  const others = texts.flatMap(([text, count]) => Array.from({ length: count }, () => text.toLowerCase()));
  return { rows, common: [], others, othersShare: 1 };
}

describe('trigram windows', () => {
  it('are the distinct lower-case 3-character windows of the ASCII letter and digit runs', () => {
    expect(trigramWindows('Chiller')).toEqual(['chi', 'hil', 'ill', 'lle', 'ler']);
    expect(trigramWindows('KX-12 ab ABCA')).toEqual(['abc', 'bca']);
    expect(trigramWindows('Kühlpumpe')).toEqual(['hlp', 'lpu', 'pum', 'ump', 'mpe']);
    expect(trigramWindows('a-b')).toEqual([]);
    // The Kelvin sign lower-cases to an ASCII k in JavaScript, not in every database locale.
    expect(trigramWindows('\u212Ax12')).toEqual(['x12']);
  });

  it('are at most MAX_WINDOWS, spread over a long text', () => {
    const windows = trigramWindows('annual maintenance of the rooftop chiller');
    expect(windows).toHaveLength(MAX_WINDOWS);
    expect(windows[0]).toBe('ann');
    expect(windows.some((w) => trigramWindows('chiller').includes(w))).toBe(true);
  });
});

describe('choosing a window', () => {
  const sample = sampleOf(1_000_000, [
    ['\u001fChiller A-1\u001fSN1\u001fKessler\u001fKX-1', 4],
    ['\u001fController B-2\u001fSN2\u001fZeller\u001fTR-2', 18],
    ['\u001fPump C-3\u001fSN3\u001fKessler\u001fVM-3', 5],
    ['\u001fValve D-4\u001fSN4\u001fVarga\u001fHP-4', 73],
  ]);

  it('estimates a part from the share of sampled texts containing it', () => {
    expect(estimateContaining(sample, 'chiller')).toBe(40_000);
    expect(estimateContaining(sample, 'ler')).toBe(270_000);
    expect(estimateContaining(sample, 'zzyzx')).toBe(0);
  });

  it('takes the rarest window when it names hardly more rows than the whole text', () => {
    expect(chooseWindow(sample, 'chiller')).toBe('chi');
    expect(chooseWindow(sample, 'Kessler')).toBe('kes');
  });

  it('keeps the whole text when every window names many more rows, or there is nothing to choose from', () => {
    // "pump kessler" is no substring of any text (the fields are apart); each window is common.
    expect(chooseWindow(sample, 'pump kessler')).toBeUndefined();
    expect(chooseWindow(undefined, 'chiller')).toBeUndefined();
    expect(chooseWindow(sample, 'chi')).toBeUndefined();
    expect(chooseWindow(sample, 'ch')).toBeUndefined();
  });

  it('counts the most common values by their own shares', () => {
    const skewed: TextSample = { rows: 1000, common: [{ text: 'chiller', share: 0.5 }], others: ['valve', 'chiller x'], othersShare: 0.5 };
    expect(estimateContaining(skewed, 'chiller')).toBe(750);
  });
});
