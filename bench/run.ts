/**
 * `npm run bench`: the performance targets of SPEC §7 on a generated dataset (default 10k customers,
 * 1M assets), on SQLite or, with DATABASE_URL, PostgreSQL. The dataset is generated once and reused.
 *
 *   BENCH_CUSTOMERS=10000 BENCH_ASSETS_PER_CUSTOMER=100 BENCH_ITERATIONS=2000 npm run bench
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { sql } from 'kysely';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { fetchPage, parseSort } from '../src/server/http/list-query.js';
import { loadAccessScope } from '../src/server/modules/access/access-scope.js';
import { hashToken, newOpaqueToken } from '../src/server/modules/auth/session-tokens.js';
import { generateDataset, type BenchPrincipals } from './generate-dataset.js';

const customers = Number(process.env.BENCH_CUSTOMERS ?? 10_000);
const assetsPerCustomer = Number(process.env.BENCH_ASSETS_PER_CUSTOMER ?? 100);
const iterations = Number(process.env.BENCH_ITERATIONS ?? 2000);
const label = `${customers}x${assetsPerCustomer}`;

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function measure(name: string, fn: () => Promise<unknown>): Promise<{ name: string; p50: number; p99: number }> {
  for (let i = 0; i < Math.min(200, iterations); i++) await fn(); // warm caches and the JIT
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return { name, p50: percentile(samples, 50), p99: percentile(samples, 99) };
}

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  const dataDir = path.resolve(process.env.BENCH_DATA_DIR ?? `bench/.data/${label}`);
  const schema = databaseUrl ? `bench_${label}` : undefined;
  if (databaseUrl) {
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query(`create schema if not exists ${schema}`);
    await admin.end();
  }
  const marker = path.join(dataDir, `${databaseUrl ? 'postgres' : 'sqlite'}-principals.json`);
  const config = { ...loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) }), databaseSchema: schema, serveWeb: false };
  const app = await buildApp(config, { logger: false });
  const { db } = app.ctx;

  let principals: BenchPrincipals;
  if (fs.existsSync(marker)) {
    principals = JSON.parse(fs.readFileSync(marker, 'utf8')) as BenchPrincipals;
    console.log(`Reusing the ${label} dataset in ${databaseUrl ? `schema ${schema}` : dataDir}`);
  } else {
    console.log(`Generating ${customers.toLocaleString('en')} customers × ${assetsPerCustomer} assets on ${app.ctx.engine}…`);
    principals = await generateDataset(db, { customers, assetsPerCustomer }, console.log);
    // Fresh planner statistics, as autovacuum would have them on a live system.
    await sql`analyze`.execute(db);
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(marker, JSON.stringify(principals));
  }

  const sort = parseSort('name', { name: 'name' }, 'name');
  const siteScope = await loadAccessScope(db, { kind: 'external', userId: principals.siteUserId, sessionId: null });
  const grantedScope = await loadAccessScope(db, { kind: 'external', userId: principals.grantedUserId, sessionId: null });
  const listWith = (scope: typeof siteScope) => () => fetchPage(db.selectFrom('assets').selectAll('assets').where(scope.visible('assets')), { table: 'assets', sort, limit: 50 });
  // The same page without the policy: what a plain "assets of this customer and site" query costs.
  const listWithout = () =>
    fetchPage(db.selectFrom('assets').selectAll('assets').where('assets.customer_id', '=', principals.customerId).where('assets.site_id', '=', principals.siteId).where('assets.archived_at', 'is', null), { table: 'assets', sort, limit: 50 });

  const results = [
    await measure('DB: portal asset list, site-scoped user (policy)', listWith(siteScope)),
    await measure('DB: same list without the policy', listWithout),
    await measure('DB: portal asset list, granted-only user (policy)', listWith(grantedScope)),
    await measure('policy: load the user’s access facts', () => loadAccessScope(db, { kind: 'external', userId: principals.siteUserId, sessionId: null })),
  ];

  // Over HTTP: a real socket on loopback, a real session, the full request path.
  const token = newOpaqueToken();
  const nowIso = new Date().toISOString();
  const farFuture = new Date(Date.now() + 86_400_000).toISOString();
  await db.insertInto('sessions').values({ id: hashToken(token), user_id: principals.siteUserId, created_at: nowIso, last_seen_at: nowIso, idle_expires_at: farFuture, absolute_expires_at: farFuture, ip: null, user_agent: 'bench' }).execute();
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const httpList = async () => {
    const response = await fetch(`${address}/api/v1/assets?limit=50`, { headers: { cookie: `portico_session=${token}` } });
    if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
    await response.arrayBuffer();
  };
  results.push(await measure('HTTP: GET /api/v1/assets?limit=50 as the portal user', httpList));
  await db.deleteFrom('sessions').where('id', '=', hashToken(token)).execute();
  await app.close();

  const [withPolicy, withoutPolicy, , , http] = results;
  console.log(`\n${app.ctx.engine}, ${(customers * assetsPerCustomer).toLocaleString('en')} assets, ${iterations} iterations each\n`);
  for (const r of results) console.log(`${r.name.padEnd(58)} p50 ${r.p50.toFixed(3).padStart(8)} ms   p99 ${r.p99.toFixed(3).padStart(8)} ms`);
  const overhead = withPolicy!.p99 - withoutPolicy!.p99;
  const targets = [
    ['p99 in the database ≤ 5 ms', withPolicy!.p99 <= 5],
    ['p99 over HTTP ≤ 15 ms', http!.p99 <= 15],
    [`authorization adds ≤ 0.5 ms p99 (adds ${overhead.toFixed(3)} ms)`, overhead <= 0.5],
  ] as const;
  console.log('');
  for (const [text, ok] of targets) console.log(`${ok ? 'PASS' : 'MISS'}  ${text}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
