import { sql } from 'kysely';
import type { DbExecutor } from '../context.js';

/**
 * PostgreSQL's trigram index answers `text ILIKE '%chiller%'` by reading the posting list of every trigram
 * of the pattern (chi, hil, ill, lle, ler) and intersecting them. For a common word each list is long: at
 * 1M assets those five hold 42k–219k entries and the index scan takes 17 ms, while the list of "chi" alone
 * takes 7 ms and names the same 42k rows. So a search may ask the index for one 3-character window of
 * its text and test the whole text on the rows the window names, as long as the window names hardly more
 * rows than the whole text: each extra row costs a heap read (~5 µs), each skipped list entry only ~50 ns.
 */

/** Most windows weighed per search. */
export const MAX_WINDOWS = 12;

/**
 * A window is used when the rows it is estimated to name are at most WINDOW_MARGIN times the whole text's,
 * plus WINDOW_SLACK_ROWS: "chi" for "chiller" (both 42k at 1M assets), never "pum" for "pump kessler"
 * (42k against a few).
 */
export const WINDOW_MARGIN = 1.25;
export const WINDOW_SLACK_ROWS = 200;

/**
 * The distinct 3-character windows of the search text's ASCII letter and digit runs, lower-cased, at most
 * MAX_WINDOWS spread over the text. Only ASCII: pg_trgm takes a pattern's trigrams from its word
 * characters, which depend on the database's locale for other letters, and a window without a trigram
 * would make the index return every row.
 */
export function trigramWindows(q: string): string[] {
  const windows = new Set<string>();
  // Runs of the text as typed, lower-cased after: lower-casing first could turn other characters into
  // ASCII ones (the Kelvin sign into k) where the database's lower() may not, and the window would then not
  // be part of what the database matches.
  for (const run of q.match(/[A-Za-z0-9]{3,}/g) ?? []) {
    const lower = run.toLowerCase();
    for (let i = 0; i + 3 <= lower.length; i++) windows.add(lower.slice(i, i + 3));
  }
  const all = [...windows];
  if (all.length <= MAX_WINDOWS) return all;
  return Array.from({ length: MAX_WINDOWS }, (_, i) => all[Math.floor((i * all.length) / MAX_WINDOWS)]!);
}

/**
 * A table's search texts as PostgreSQL's statistics sample them (ANALYZE keeps the most common values and
 * a histogram of ~100 others for the search index's expression). The planner estimates a pattern from
 * exactly these; asking it costs ~0.5 ms per pattern, reading them here costs nothing.
 */
export interface TextSample {
  rows: number;
  common: { text: string; share: number }[];
  others: string[];
  /** Share of the rows the histogram stands for (not null, not a common value). */
  othersShare: number;
}

/** Estimated rows whose search text contains `part` (lower-case), as the planner would estimate `ILIKE '%part%'`. */
export function estimateContaining(sample: TextSample, part: string): number {
  let share = 0;
  for (const { text, share: s } of sample.common) if (text.includes(part)) share += s;
  if (sample.others.length > 0) share += (sample.othersShare * sample.others.filter((text) => text.includes(part)).length) / sample.others.length;
  return share * sample.rows;
}

/**
 * Which window to hand the index for the search text `q`; undefined: the whole text (no statistics, no
 * window of letters or digits, or none that names hardly more rows).
 */
export function chooseWindow(sample: TextSample | undefined, q: string): string | undefined {
  const windows = trigramWindows(q);
  if (!sample || windows.length < 2) return undefined;
  const limit = estimateContaining(sample, q.toLowerCase()) * WINDOW_MARGIN + WINDOW_SLACK_ROWS;
  let best: { window: string; rows: number } | undefined;
  for (const window of windows) {
    const rows = estimateContaining(sample, window);
    if (rows <= limit && (!best || rows < best.rows)) best = { window, rows };
  }
  return best?.window;
}

/** Statistics change with ANALYZE; a window only steers the plan, so a sample this old is fine. */
const SAMPLE_MAX_AGE_MS = 5 * 60_000;

/**
 * Samples per database and table. A Kysely instance has one adapter, shared by its transactions, so the
 * adapter stands for the database (and schema) the app talks to.
 */
const samples = new WeakMap<object, Map<string, { at: number; sample: Promise<TextSample | undefined> }>>();

/**
 * The statistics sample of `table`'s search text index, read at most every SAMPLE_MAX_AGE_MS once there is
 * one. A table without statistics yet (never analyzed) is asked again on its next search.
 */
export function textSample(db: DbExecutor, table: string): Promise<TextSample | undefined> {
  const adapter = db.getExecutor().adapter;
  let byTable = samples.get(adapter);
  if (!byTable) samples.set(adapter, (byTable = new Map()));
  const cached = byTable.get(table);
  if (cached && Date.now() - cached.at < SAMPLE_MAX_AGE_MS) return cached.sample;
  const entry = { at: Date.now(), sample: readTextSample(db, table) };
  byTable.set(table, entry);
  const forget = () => byTable.get(table) === entry && byTable.delete(table);
  entry.sample.then((found) => found ?? forget(), forget);
  return entry.sample;
}

async function readTextSample(db: DbExecutor, table: string): Promise<TextSample | undefined> {
  const { rows } = await sql<{ rows: number; common: string[] | null; shares: number[] | null; others: string[] | null; null_share: number }>`
    select c.reltuples::float8 as rows, s.most_common_vals::text::text[] as common, s.most_common_freqs::float8[] as shares,
           s.histogram_bounds::text::text[] as others, s.null_frac::float8 as null_share
    from pg_stats s join pg_class c on c.oid = to_regclass(quote_ident(s.schemaname) || '.' || quote_ident(${table}))
    where s.schemaname = current_schema() and s.tablename = ${`${table}_search_text_idx`}`.execute(db);
  const row = rows[0];
  if (!row || row.rows <= 0) return undefined;
  const common = (row.common ?? []).map((text, i) => ({ text: text.toLowerCase(), share: Number(row.shares?.[i] ?? 0) }));
  const commonShare = common.reduce((sum, c) => sum + c.share, 0);
  return { rows: Number(row.rows), common, others: (row.others ?? []).map((text) => text.toLowerCase()), othersShare: Math.max(0, 1 - commonShare - Number(row.null_share)) };
}
