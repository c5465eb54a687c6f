/** Where log lines go: process.stdout, or anything else with write() (tests collect the lines). */
export interface LogDestination {
  write(line: string): unknown;
  isTTY?: boolean;
}

const LEVELS: Record<number, { label: string; color: number }> = {
  10: { label: 'TRACE', color: 90 },
  20: { label: 'DEBUG', color: 36 },
  30: { label: 'INFO', color: 32 },
  40: { label: 'WARN', color: 33 },
  50: { label: 'ERROR', color: 31 },
  60: { label: 'FATAL', color: 35 },
};
const ERROR_LEVEL = 50;

/** Fields every line carries or that the line shows in its own place; the rest follow as key=value. */
const SHOWN_APART = new Set(['level', 'time', 'pid', 'hostname', 'msg', 'reqId', 'err']);
const REQUEST_FIELDS = ['method', 'url', 'status', 'ms'];

function clock(time: unknown): string {
  const date = typeof time === 'number' ? new Date(time) : new Date();
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}`;
}

function fieldValue(value: unknown): string {
  return typeof value === 'string' && /^[^\s"=]+$/.test(value) ? value : JSON.stringify(value);
}

/**
 * One pino JSON line as a line people read: `12:04:31.527 INFO  GET /api/v1/customers 200 12 ms req=…`.
 * Errors name their message on the line and, at error level, add the stack below it, indented.
 */
export function formatLogLine(json: string, colors = false): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json;
  }
  const levelNumber = Number(entry.level);
  const level = LEVELS[levelNumber] ?? { label: String(entry.level), color: 0 };
  const label = level.label.padEnd(5);
  const isRequest = REQUEST_FIELDS.every((field) => field in entry);
  const parts = [clock(entry.time), colors ? `\u001b[${level.color}m${label}\u001b[39m` : label];
  if (isRequest) parts.push(`${String(entry.method)} ${String(entry.url)} ${String(entry.status)} ${String(entry.ms)} ms`);
  else parts.push(String(entry.msg ?? ''));
  for (const [key, value] of Object.entries(entry)) {
    if (SHOWN_APART.has(key) || (isRequest && REQUEST_FIELDS.includes(key)) || value === undefined) continue;
    parts.push(`${key}=${fieldValue(value)}`);
  }
  const err = entry.err as { message?: string; stack?: string } | undefined;
  if (err?.message) parts.push(`err=${fieldValue(err.message)}`);
  if (entry.reqId !== undefined) parts.push(`req=${String(entry.reqId)}`);
  let line = parts.join(' ');
  if (err?.stack && levelNumber >= ERROR_LEVEL) line += `\n${err.stack.replace(/^/gm, '    ')}`;
  return line;
}

/** A pino destination that writes readable lines to `out`, coloured on a terminal unless NO_COLOR is set. */
export function prettyLogStream(out: LogDestination, env: Record<string, string | undefined> = process.env): LogDestination {
  const colors = out.isTTY === true && !env.NO_COLOR;
  return {
    write(chunk: string) {
      for (const json of chunk.split('\n')) if (json !== '') out.write(`${formatLogLine(json, colors)}\n`);
    },
  };
}
