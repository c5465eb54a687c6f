/** A clock tests move by hand, to cross session timeouts and link expiry without waiting. */
export class TestClock {
  private current: number;
  constructor(start = Date.parse('2026-03-02T09:00:00.000Z')) {
    this.current = start;
  }
  now = (): Date => new Date(this.current);
  advance(ms: number): void {
    this.current += ms;
  }
  advanceMinutes(minutes: number): void {
    this.advance(minutes * 60_000);
  }
}
