/**
 * Deterministic names for generated records, so text search has realistic selectivity and two runs of
 * the generator produce datasets of the same shape (the ids differ, the word frequencies do not).
 */

/** mulberry32: tiny, fast and seedable; Math.random would make every dataset different. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

// None of these words is a substring of another word here, so a search hits exactly one vocabulary slot.
const MANUFACTURERS = ['Kessler', 'Aldino', 'Brunhold', 'Vexor', 'Halden', 'Moravia', 'Tessin', 'Norrland', 'Ortega', 'Pallas', 'Quintus', 'Rhenus', 'Sarto', 'Tamsin', 'Ulmer', 'Varga', 'Wendel', 'Xaver', 'Yorba', 'Zeller'] as const;
const TYPES = ['Pump', 'Compressor', 'Valve', 'Boiler', 'Chiller', 'Sensor', 'Camera', 'Controller', 'Printer', 'Scale', 'Gauge', 'Detector', 'Blower', 'Heater', 'Motor', 'Gateway', 'Panel', 'Router', 'Switch', 'Tank', 'Filter', 'Drive', 'Lift', 'Door', 'Alarm'] as const;
const MODEL_PREFIXES = ['KX', 'TR', 'VM', 'HP', 'LC', 'QS', 'DN', 'RB'] as const;
/** One asset in RARE_EVERY carries this word in its model: a needle for search. */
const RARE_WORD = 'Quasar';
const RARE_EVERY = 20_000;

/** The words the bench searches for, with the share of assets each one matches. */
export const SEARCH_WORDS = {
  /** A manufacturer: 1 asset in 20. */
  common: 'kessler',
  /** An asset type: 1 asset in 25. */
  moderate: 'chiller',
  /** 1 asset in 20,000: about 50 in a million. */
  rare: RARE_WORD.toLowerCase(),
  /** No asset has it: the search has to look at everything it may see. */
  none: 'zzyzx',
  /** An asset type (1 asset in 25) that starts the name: every match sorts under P, late in a list by name. */
  clustered: 'pump',
} as const;

export interface AssetText {
  name: string;
  category: string;
  manufacturer: string;
  model: string;
  serial_number: string;
}

export function assetText(random: Random, sequence: number): AssetText {
  const type = pick(random, TYPES);
  const number = 100 + Math.floor(random() * 900);
  const rare = sequence % RARE_EVERY === RARE_EVERY - 1;
  return {
    name: `${type} ${String.fromCharCode(65 + Math.floor(random() * 26))}-${number}`,
    category: type,
    manufacturer: pick(random, MANUFACTURERS),
    model: `${pick(random, MODEL_PREFIXES)}-${number}${rare ? ` ${RARE_WORD}` : ''}`,
    serial_number: `SN${sequence.toString(36).toUpperCase().padStart(7, '0')}`,
  };
}

const WORK_ORDER_TITLES = ['Annual maintenance', 'Calibration', 'Repair after fault report', 'Safety inspection', 'Filter change', 'Firmware update', 'Leak check', 'Replace worn parts'] as const;

export function workOrderTitle(random: Random, assetName: string | null): string {
  return assetName ? `${pick(random, WORK_ORDER_TITLES)}: ${assetName}` : `${pick(random, WORK_ORDER_TITLES)} (site visit)`;
}
