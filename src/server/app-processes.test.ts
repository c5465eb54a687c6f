import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { startAppProcess, type AppProcess } from '../../test/app-process.js';
import { createTestDatabase } from '../../test/test-database.js';

const ADMIN = { login: 'processes-admin@portico.test', password: 'a long enough admin phrase' };

/** The app processes the supervisor runs now (not helpers such as tsx's esbuild service). */
function appProcessPids(supervisor: AppProcess): number[] {
  try {
    const children = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(supervisor.child.pid)], { encoding: 'utf8' }).split('\n');
    return children.filter((line) => line.includes('src/server/server.ts')).map((line) => Number.parseInt(line, 10));
  } catch {
    return []; // ps exits 1 when there is none
  }
}

async function until<T>(what: string, probe: () => T | null | false | Promise<T | null | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** The server of the running test: ended after it even when the test timed out (a finally would not run then). */
let server: AppProcess | undefined;
afterEach(() => {
  // Without their supervisor the app processes drain and end by themselves.
  server?.child.kill('SIGKILL');
  server = undefined;
});

describe('APP_PROCESSES', () => {
  it.runIf(!process.env.DATABASE_URL)('is refused on SQLite with a message that says why', async () => {
    const database = await createTestDatabase();
    try {
      const started = startAppProcess({ DATA_DIR: database.config.dataDir, APP_PROCESSES: '2' });
      await expect(started).rejects.toThrow(/exited with 2.*APP_PROCESSES above 1 needs PostgreSQL/s);
    } finally {
      await database.drop();
    }
  });

  it.runIf(Boolean(process.env.DATABASE_URL))(
    'serves one port from two processes sharing sessions, starts a killed one again, and all end on SIGTERM',
    async () => {
      const database = await createTestDatabase();
      const { dataDir, databaseUrl, databaseSchema } = database.config;
      try {
        server = await database.whileSchemasSteady(async () => {
          const started = await startAppProcess({
            DATA_DIR: dataDir, DATABASE_URL: databaseUrl!, DATABASE_SCHEMA: databaseSchema!, APP_PROCESSES: '2', SHUTDOWN_DRAIN_SECONDS: '0',
            ADMIN_LOGIN: ADMIN.login, ADMIN_PASSWORD: ADMIN.password,
          });
          await until('both processes', () => /all 2 app processes are listening/.test(started.output()));
          return started;
        });
        const supervisor = server;
        expect(supervisor.output().match(/Portico is running at/g)).toHaveLength(1);
        const pids = appProcessPids(supervisor).sort((a, b) => a - b);
        expect(pids).toHaveLength(2);

        // A session made through one process is good in the other: sessions live in the database.
        const login = await fetch(`${supervisor.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) });
        expect(login.status).toBe(200);
        const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
        // New connections each time, so the kernel spreads them over both processes.
        const me = await Promise.all(Array.from({ length: 20 }, () => fetch(`${supervisor.url}/api/v1/me`, { headers: { cookie, connection: 'close' } })));
        expect(me.map((r) => r.status)).toEqual(Array(20).fill(200));

        process.kill(pids[0]!, 'SIGKILL');
        const replaced = await until('a new process', () => {
          const now = appProcessPids(supervisor);
          return now.length === 2 && !now.includes(pids[0]!) ? now : null;
        });
        // The first process (forked first, so the lower pid) is the one that shows the banner.
        expect(supervisor.output()).toMatch(/app process 1 ended \(SIGKILL\); starting it again/);
        await until('the new process to listen', () => /app process \d is listening again/.test(supervisor.output()));
        expect((await fetch(`${supervisor.url}/api/v1/health`)).status).toBe(200);
        // The banner is printed once, not again by the process that took the first one's place; it shows
        // it on SIGUSR2 to the supervisor, as the banner says, and stays up.
        expect(supervisor.output().match(/Portico is running at/g)).toHaveLength(1);
        process.kill(supervisor.child.pid!, 'SIGUSR2');
        await until('the banner again', () => supervisor.output().match(/Portico is running at/g)?.length === 2);
        expect(appProcessPids(supervisor).sort()).toEqual([...replaced].sort());

        supervisor.child.kill('SIGTERM');
        expect(await supervisor.exited, supervisor.output()).toBe(0);
        await until('every app process to end', () => replaced.every((pid) => !isAlive(pid)) && !isAlive(pids[1]!), 5_000);
      } finally {
        await database.drop();
      }
    },
    60_000,
  );
});
