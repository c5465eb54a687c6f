import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface AppProcess {
  /** Where it listens, as its start banner says (http://127.0.0.1:<port>). */
  url: string;
  child: ChildProcess;
  /** Resolves with the exit code (null after a signal) once the process has ended. */
  exited: Promise<number | null>;
  /** Everything it printed so far, for failure messages. */
  output(): string;
}

/**
 * Starts the real server (src/server/server.ts through tsx) as a process of its own with exactly `env`
 * (nothing inherited but PATH), and resolves when its start banner says where it listens.
 */
/**
 * Where a started server answers, read from its banner: the address it prints first is PUBLIC_URL when that
 * is set (a proxy's address), so the "listening:" line below it is the one to call then.
 */
export function reachableUrlFromBanner(output: string): string | null {
  const match = /Portico is running at (https?:\/\/\S+)\n(?: {2}listening: (http:\/\/\S+))?/.exec(output);
  return match ? (match[2] ?? match[1]!) : null;
}

export function startAppProcess(env: Record<string, string>): Promise<AppProcess> {
  const fullEnv = { PATH: process.env.PATH ?? '', PORT: '0', LOG_LEVEL: 'warn', SERVE_WEB: 'false', DEMO_DATA: 'false', ...env };
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/server.ts'], { cwd: root, env: fullEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = reachableUrlFromBanner(output);
      if (url) resolve({ url, child, exited, output: () => output });
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then((code) => reject(new Error(`the server exited with ${code}: ${output}`)));
  });
}
