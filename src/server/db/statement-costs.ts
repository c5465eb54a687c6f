/** A statement's cost is the least of its last few runs. */
const RUNS_KEPT = 3;
const MAX_TRACKED_STATEMENTS = 1000;

/**
 * What each SQL text has cost lately, so the lanes of a pool can keep the statements that are slow lately
 * away from the quick ones. The cost is the least of the last RUNS_KEPT runs, not an average: on a
 * saturated machine a trivial statement (the health check) sometimes waits long for a CPU, and one such
 * run must not send it to the slow lane, behind the heavy reads; a heavy statement is slow every time.
 * The same text with other parameters (another search word) shares its runs: lanes are about the shape
 * of a statement, not one run.
 */
export class StatementCosts {
  #recentMs = new Map<string, number[]>();
  /** Runs under way, by SQL text and by SQL text with its parameters (the run key). */
  #running = new Map<string, number>();
  #runningKeys = new Map<string, number>();

  constructor(readonly slowMs: number) {}

  /** Marks a run of `sql` as under way; `finished` records how long it took. */
  started(sql: string, runKey: string = sql): void {
    count(this.#running, sql, 1);
    count(this.#runningKeys, runKey, 1);
  }

  finished(sql: string, ms: number, runKey: string = sql): void {
    count(this.#running, sql, -1);
    count(this.#runningKeys, runKey, -1);
    this.record(sql, ms);
  }

  record(sql: string, ms: number): void {
    const runs = this.#recentMs.get(sql) ?? [];
    // Least recently run first: re-inserting moves a statement to the end, and the oldest makes room.
    // Forgetting every statement at once would send the frequent quick ones (session lookups, the health
    // check) to the slow lane as unknown, behind whatever heavy reads are queued there.
    this.#recentMs.delete(sql);
    if (this.#recentMs.size >= MAX_TRACKED_STATEMENTS) this.#recentMs.delete(this.#recentMs.keys().next().value!);
    this.#recentMs.set(sql, [...runs.slice(1 - RUNS_KEPT), ms]);
  }

  /** The least of the last runs of `sql`, undefined if it has not run yet. */
  costMs(sql: string): number | undefined {
    const runs = this.#recentMs.get(sql);
    return runs ? Math.min(...runs) : undefined;
  }

  /**
   * Slow lately; or not seen yet while another run of it is still going (a burst of a new statement: the
   * first run shows what it costs, the others wait aside). A text never seen counts as quick, so a first
   * health check never waits behind heavy reads.
   */
  isSlow(sql: string, alsoRunning: (sql: string) => boolean = (s) => this.#running.has(s)): boolean {
    const cost = this.costMs(sql);
    if (cost !== undefined) return cost > this.slowMs;
    return alsoRunning(sql);
  }

  /**
   * isSlow, and also while the very same run (text and parameters) is under way if the text is not
   * trivially quick (its cost over a tenth of the slow mark): a burst of identical requests of a text
   * that is quick for most parameters (a search statement, quick for most words) waits aside until the
   * first run shows what this one costs. Identical trivial statements (a session lookup under load,
   * the health check) never do.
   */
  isSlowRun(sql: string, runKey: string): boolean {
    if (this.isSlow(sql)) return true;
    return this.#runningKeys.has(runKey) && !this.isTrivial(sql);
  }

  /** Known to cost at most a tenth of the slow mark: its runs are never told apart by their parameters. */
  isTrivial(sql: string): boolean {
    const cost = this.costMs(sql);
    return cost !== undefined && cost <= this.slowMs / 10;
  }
}

function count(map: Map<string, number>, key: string, delta: number): void {
  const n = (map.get(key) ?? 0) + delta;
  if (n > 0) map.set(key, n);
  else map.delete(key);
}
