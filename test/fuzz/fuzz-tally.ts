/**
 * What a fuzz run saw: requests by variant and by status, which operations each caller got a success from
 * (so a run that only ever reached validation errors shows), and the failing batches with examples.
 */
import type { LightMyRequestResponse } from 'fastify';
import { describeRequest, type FuzzRequest } from './fuzz-request.js';
import type { Operation } from './operations.js';

const EXAMPLES_PER_FAILURE = 2;

export class FuzzTally {
  requests = 0;
  readonly byVariant = new Map<string, number>();
  readonly byStatus = new Map<number, number>();
  /** Caller → the operations that answered it with a 2xx at least once. */
  readonly succeeded = new Map<string, Set<string>>();
  /** "caller operation status" → examples of the problem with the request that caused it. */
  readonly failures = new Map<string, string[]>();

  record(caller: string, operation: Operation, request: FuzzRequest, response: LightMyRequestResponse, problem: string | null): void {
    this.requests++;
    const status = response.statusCode;
    this.byVariant.set(request.variant, (this.byVariant.get(request.variant) ?? 0) + 1);
    this.byStatus.set(status, (this.byStatus.get(status) ?? 0) + 1);
    if (status < 300) this.succeeded.set(caller, (this.succeeded.get(caller) ?? new Set()).add(operation.key));
    if (!problem) return;
    const key = `${caller} ${operation.key} ${status}`;
    const examples = this.failures.get(key) ?? [];
    if (examples.length < EXAMPLES_PER_FAILURE) examples.push(`${problem}\n      request: ${describeRequest(operation, request)}`);
    this.failures.set(key, examples);
  }

  report(): string[] {
    return [...this.failures].map(([key, examples]) => `${key}\n    ${examples.join('\n    ')}`);
  }

  summary(): string {
    const statuses = [...this.byStatus].sort(([a], [b]) => a - b).map(([status, count]) => `${status}: ${count}`).join(', ');
    const successes = [...this.succeeded].map(([caller, operations]) => `${caller} ${operations.size}`).join(', ');
    return `by status {${statuses}}; operations with a success per caller: ${successes}; by variant ${JSON.stringify(Object.fromEntries(this.byVariant))}`;
  }
}
