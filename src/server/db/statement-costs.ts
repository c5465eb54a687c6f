/** Weight of the newest run in a statement's running average. */
const NEWEST_WEIGHT = 0.3;
const MAX_TRACKED_STATEMENTS = 1000;

/**
 * What each SQL text has cost lately (a running average of its durations), so the lanes of a pool can
 * keep the statements that are slow lately away from the quick ones. The same text with other parameters
 * (another search word) shares one average: lanes are about the shape of a statement, not one run.
 */
export class StatementCosts {
  #averageMs = new Map<string, number>();
  #running = new Map<string, number>();

  constructor(readonly slowMs: number) {}

  /** Marks a run of `sql` as under way; `finished` records how long it took. */
  started(sql: string): void {
    this.#running.set(sql, (this.#running.get(sql) ?? 0) + 1);
  }

  finished(sql: string, ms: number): void {
    const running = (this.#running.get(sql) ?? 1) - 1;
    if (running > 0) this.#running.set(sql, running);
    else this.#running.delete(sql);
    this.record(sql, ms);
  }

  record(sql: string, ms: number): void {
    const previous = this.#averageMs.get(sql);
    // Least recently run first: re-inserting moves a statement to the end, and the oldest makes room.
    // Forgetting every statement at once would send the frequent quick ones (session lookups, the health
    // check) to the slow lane as unknown, behind whatever heavy reads are queued there.
    this.#averageMs.delete(sql);
    if (this.#averageMs.size >= MAX_TRACKED_STATEMENTS) this.#averageMs.delete(this.#averageMs.keys().next().value!);
    this.#averageMs.set(sql, previous === undefined ? ms : previous + NEWEST_WEIGHT * (ms - previous));
  }

  /**
   * Slow lately; or not seen yet while another run of it is still going (a burst of a new statement: the
   * first run shows what it costs, the others wait aside). A text never seen counts as quick, so a first
   * health check never waits behind heavy reads.
   */
  isSlow(sql: string, alsoRunning: (sql: string) => boolean = (s) => this.#running.has(s)): boolean {
    const average = this.#averageMs.get(sql);
    if (average !== undefined) return average > this.slowMs;
    return alsoRunning(sql);
  }
}
