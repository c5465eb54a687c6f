import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { reachableUrlFromBanner } from '../app-process.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SERVER_ENTRY = path.join(root, 'src/server/server.ts');
/** A hang guard, not a speed requirement: a start that takes longer than this is reported as failed. */
const START_LIMIT_MS = 120_000;

/**
 * The real Portico server in a child process, started the way `npm start` starts it (Node with tsx, main()
 * of server.ts), so SIGKILL hits the process that holds the database, with no wrapper in between.
 */
export class ServerProcess {
  private readonly child: ChildProcess;
  private output = '';
  /** Settles when the process has ended, however. */
  readonly exited: Promise<void>;
  private exitDescription: string | null = null;

  constructor(env: Record<string, string>) {
    // `node --import tsx`, not the tsx command: that one runs the server in a grandchild a kill would miss.
    this.child = spawn(process.execPath, ['--import', 'tsx', SERVER_ENTRY], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const collect = (chunk: Buffer) => void (this.output += chunk.toString());
    this.child.stdout!.on('data', collect);
    this.child.stderr!.on('data', collect);
    this.exited = new Promise((resolve) => {
      this.child.once('exit', (code, signal) => {
        this.exitDescription = signal ? `killed by ${signal}` : `exited with code ${code}`;
        resolve();
      });
    });
  }

  /** Waits for the start banner, then asks /api/v1/health; returns the base URL. Throws with the server's output. */
  async waitUntilHealthy(): Promise<string> {
    const url = await this.waitForBanner();
    const response = await fetch(`${url}/api/v1/health`);
    const body = await response.text();
    if (response.status !== 200) throw new Error(`health answered ${response.status}: ${body}`);
    return url;
  }

  async kill(): Promise<void> {
    if (this.exitDescription === null) this.child.kill('SIGKILL');
    await this.exited;
  }

  /** A graceful stop (SIGTERM): the server finishes its requests and closes the database itself. */
  async stop(): Promise<void> {
    if (this.exitDescription === null) this.child.kill('SIGTERM');
    await this.exited;
    if (this.exitDescription !== 'exited with code 0') throw new Error(`the server ${this.exitDescription} on SIGTERM:\n${this.output}`);
  }

  private waitForBanner(): Promise<string> {
    return new Promise((resolve, reject) => {
      const fail = (why: string) => {
        cleanUp();
        reject(new Error(`${why}; its output:\n${this.output.trim() || '(none)'}`));
      };
      const look = () => {
        const url = reachableUrlFromBanner(this.output);
        if (url) {
          cleanUp();
          resolve(url);
        }
      };
      const limit = setTimeout(() => fail(`the server did not start within ${START_LIMIT_MS / 1000} s`), START_LIMIT_MS);
      const onExit = () => fail(`the server ${this.exitDescription} before it was running`);
      const cleanUp = () => {
        clearTimeout(limit);
        this.child.stdout!.off('data', look);
        this.child.off('exit', onExit);
      };
      this.child.stdout!.on('data', look);
      this.child.once('exit', onExit);
      look();
      if (this.exitDescription !== null) onExit();
    });
  }
}
