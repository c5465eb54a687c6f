import fs from 'node:fs';
import path from 'node:path';
import type { ContainmentResult } from './containment.js';
import type { LoadResult } from './http-load.js';
import type { Summary } from './measure.js';
import type { Layer, ProbeGroup } from './shapes.js';

/** Targets of issue #9 (SPEC §7's own, stricter figures are the long-run goal, see docs/performance.md). */
export const TARGETS = {
  portalDbP99: 20,
  portalHttpP99: 30,
  loadC10Rps: 1200,
  loadC50P99: 50,
  growth: 2,
  staffSearchP99: 50,
  deepPageRatio: 2,
  /** SPEC §7: authorization adds ≤ 0.5 ms; judged on the median of paired differences. */
  authOverheadMs: 0.5,
  /** Health p99 while 12 heavy searches run at once. */
  containmentHealthP99: 250,
} as const;

export interface ProbeResult extends Summary {
  name: string;
  layer: Layer;
  group: ProbeGroup;
  /** Why the probe could not be measured (then p50/p99 are null in the JSON). */
  error?: string;
}

export interface BenchResult {
  date: string;
  commit: string;
  engine: string;
  /** loadAverage: the 1-minute load before and after the run; above `cpus`, other work shared the machine. */
  machine: { cpus: number; memory: string; node: string; loadAverage?: [number, number] };
  /** customers × assets per customer of the bulk; the shapes come on top, the same at every size. */
  dataset: { customers: number; assetsPerCustomer: number; assets: number; workOrders: number };
  /** The small dataset whose portal lists (group `growth_small`) were measured in the same run. */
  growthDataset?: { customers: number; assetsPerCustomer: number; assets: number };
  probes: ProbeResult[];
  load: LoadResult[];
  /** Absent in results of runs before it was measured. */
  containment?: ContainmentResult;
  http: { requests: number; non2xx: number; server5xx: number; statuses: Record<string, number> };
}

export interface Verdict {
  text: string;
  ok: boolean;
}

const RESULTS_DIR = path.resolve('bench/results');
const DEFAULT_CUSTOMERS = 10_000;

/** `<date>-<engine>.json` for the default 1M dataset; other sizes add their customer count. */
export function resultFile(result: BenchResult): string {
  const size = result.dataset.customers === DEFAULT_CUSTOMERS ? '' : `-${result.dataset.customers}c`;
  return path.join(RESULTS_DIR, `${result.date}-${result.engine}${size}.json`);
}

export function writeResult(result: BenchResult): string {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = resultFile(result);
  fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}

/** The newest result of the same engine on a dataset of another size: the other end of the growth ratio. */
export function findCounterpart(result: BenchResult): BenchResult | undefined {
  if (!fs.existsSync(RESULTS_DIR)) return undefined;
  return fs
    .readdirSync(RESULTS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .reverse()
    .map((f) => JSON.parse(fs.readFileSync(path.join(RESULTS_DIR, f), 'utf8')) as BenchResult)
    .find((r) => r.engine === result.engine && r.dataset.customers !== result.dataset.customers);
}

export interface Growth {
  name: string;
  layer: Layer;
  small: number;
  large: number;
  ratio: number;
}

/** Growth from the portal lists of both datasets measured in this run's growth phase, interleaved. */
export function growthInRun(result: BenchResult): Growth[] {
  return result.probes
    .filter((p) => p.group === 'growth_large')
    .flatMap((p) => {
      const small = result.probes.find((s) => s.group === 'growth_small' && s.name === p.name && s.layer === p.layer);
      return small ? [{ name: p.name, layer: p.layer, small: small.p99, large: p.p99, ratio: p.p99 / small.p99 }] : [];
    });
}

/** The run's growth: measured in the run when it holds the small dataset's lists, else against another run's file. */
export function growthOf(result: BenchResult): Growth[] {
  if (result.probes.some((p) => p.group === 'growth_small')) return growthInRun(result);
  const counterpart = findCounterpart(result);
  return counterpart ? growthBetween(result, counterpart) : [];
}

/** A probe's name in tables: overheads and the small dataset's lists are marked. */
export function probeLabel(p: { group: ProbeGroup; name: string }): string {
  const marks: Partial<Record<ProbeGroup, string>> = { auth_overhead: 'overhead (B−A) ', growth_large: 'growth, large: ', growth_small: 'growth, small: ' };
  return `${marks[p.group] ?? ''}${p.name}`;
}

export function growthBetween(a: BenchResult, b: BenchResult): Growth[] {
  const [small, large] = a.dataset.assets < b.dataset.assets ? [a, b] : [b, a];
  return large.probes
    .filter((p) => p.group === 'portal')
    .flatMap((p) => {
      const before = small.probes.find((s) => s.name === p.name && s.layer === p.layer);
      return before ? [{ name: p.name, layer: p.layer, small: before.p99, large: p.p99, ratio: p.p99 / before.p99 }] : [];
    });
}

const ms = (value: number | null) => (value !== null && Number.isFinite(value) ? value.toFixed(2) : '—');
/** A failed probe has NaN in memory and null once read back from JSON: neither is within any target. */
const within = (value: number | null, limit: number) => value !== null && Number.isFinite(value) && value <= limit;
const find = (result: BenchResult, name: string, layer: Layer) => result.probes.find((p) => p.name === name && p.layer === layer);

function probeVerdicts(result: BenchResult): Verdict[] {
  const verdicts: Verdict[] = [];
  for (const p of result.probes) {
    const p99 = p.error ? `failed (${p.error})` : `${ms(p.p99)} ms`;
    if (p.group === 'portal' || p.group === 'search_portal') {
      const limit = p.layer === 'db' ? TARGETS.portalDbP99 : TARGETS.portalHttpP99;
      verdicts.push({ text: `${p.name} ${p.layer} p99 ${p99} ≤ ${limit} ms`, ok: within(p.p99, limit) });
    }
    if (p.group === 'search_staff') verdicts.push({ text: `${p.name} ${p.layer} p99 ${p99} ≤ ${TARGETS.staffSearchP99} ms`, ok: within(p.p99, TARGETS.staffSearchP99) });
    if (p.group === 'auth_overhead') {
      verdicts.push({ text: `authorization overhead, ${p.name}: median ${ms(p.p50)} ms (p99 ${ms(p.p99)} ms) ≤ ${TARGETS.authOverheadMs} ms`, ok: within(p.p50, TARGETS.authOverheadMs) });
    }
  }
  for (const layer of ['db', 'http'] as const) {
    const first = find(result, 'deep_page page 1', layer);
    const deep = find(result, 'deep_page page 200', layer);
    if (first && deep) verdicts.push({ text: `deep_page ${layer}: page 200 p99 ${ms(deep.p99)} ms ≤ ${TARGETS.deepPageRatio}× page 1 (${ms(first.p99)} ms)`, ok: within(deep.p99, TARGETS.deepPageRatio * first.p99) });
  }
  return verdicts;
}

/** The portal list's load runs: `portal` (one process) and, on PostgreSQL, `portal, <n> processes`. */
const isPortalLoad = (l: LoadResult) => l.target.startsWith('portal');

function loadVerdicts(result: BenchResult): Verdict[] {
  const targets = [...new Set(result.load.filter(isPortalLoad).map((l) => l.target))];
  return targets.flatMap((target) => {
    const at = (c: number) => result.load.find((l) => l.target === target && l.connections === c);
    const c10 = at(10);
    const c50 = at(50);
    return [
      ...(c10 ? [{ text: `${target} list at c=10: ${Math.round(c10.requestsPerSecond)} req/s ≥ ${TARGETS.loadC10Rps}`, ok: c10.requestsPerSecond >= TARGETS.loadC10Rps }] : []),
      ...(c50 ? [{ text: `${target} list at c=50: p99 ${c50.p99} ms ≤ ${TARGETS.loadC50P99} ms`, ok: c50.p99 <= TARGETS.loadC50P99 }] : []),
    ];
  });
}

function containmentVerdicts(result: BenchResult): Verdict[] {
  const c = result.containment;
  if (!c) return [];
  const faults = Object.entries(c.heavyStatuses).filter(([status]) => status !== '200' && status !== '503');
  return [
    {
      text: `health p99 ${c.healthP99.toFixed(1)} ms ≤ ${TARGETS.containmentHealthP99} ms while ${c.concurrent} heavy searches run (${c.healthNon2xx} health non-2xx)`,
      ok: c.healthP99 <= TARGETS.containmentHealthP99 && c.healthNon2xx === 0,
    },
    { text: `heavy searches under containment: ${c.heavyRequests} answered, statuses ${JSON.stringify(c.heavyStatuses)}`, ok: faults.length === 0 },
  ];
}

export function evaluate(result: BenchResult, growth: Growth[]): Verdict[] {
  const portalLoad = result.load.filter(isPortalLoad);
  const loadNon2xx = portalLoad.reduce((n, l) => n + l.non2xx, 0);
  const loadErrors = portalLoad.reduce((n, l) => n + l.errors, 0);
  // A failed probe has no ratio; it is already a MISS of its own.
  const worst = growth.filter((g) => Number.isFinite(g.ratio)).reduce<Growth | undefined>((w, g) => (!w || g.ratio > w.ratio ? g : w), undefined);
  return [
    ...probeVerdicts(result),
    ...loadVerdicts(result),
    ...containmentVerdicts(result),
    ...(worst ? [{ text: `p99 growth of the portal lists with the dataset: worst ${worst.ratio.toFixed(2)}× (${worst.name} ${worst.layer}) ≤ ${TARGETS.growth}×`, ok: within(worst.ratio, TARGETS.growth) }] : []),
    {
      text: `zero 5xx: ${result.http.server5xx} of ${result.http.requests} timed requests (non-2xx ${result.http.non2xx}); under load ${loadNon2xx} non-2xx, ${loadErrors} errors/timeouts`,
      ok: result.http.server5xx === 0 && loadNon2xx === 0 && loadErrors === 0,
    },
  ];
}

const row = (cells: (string | number)[], widths: number[]) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]!) : String(c).padStart(widths[i]!))).join('  ');

export function printReport(result: BenchResult, growth: Growth[], verdicts: Verdict[], log: (line: string) => void): void {
  const d = result.dataset;
  const load = result.machine.loadAverage?.map((l) => l.toFixed(1)).join(' → ') ?? '?';
  log(`\n${result.engine}, ${d.assets.toLocaleString('en')} assets, ${d.workOrders.toLocaleString('en')} work orders (bulk ${d.customers}×${d.assetsPerCustomer} + shapes), commit ${result.commit}`);
  log(`${result.machine.cpus} CPUs, load average ${load} during the run\n`);
  const widths = [44, 5, 10, 10, 8];
  log(row(['probe', 'layer', 'p50 ms', 'p99 ms', 'samples'], widths));
  for (const p of result.probes) {
    log(row([probeLabel(p), p.layer, p.error ? 'FAILED' : ms(p.p50), ms(p.p99), p.samples], widths));
  }
  if (result.load.length) {
    log('');
    const loadWidths = [12, 4, 10, 8, 8, 8];
    log(row(['load', 'c', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx'], loadWidths));
    for (const l of result.load) log(row([l.target, l.connections, Math.round(l.requestsPerSecond), l.p50, l.p99, l.non2xx + l.errors], loadWidths));
  }
  if (result.containment) {
    const c = result.containment;
    log(`\ncontainment: ${c.concurrent} × ${c.heavyPath} (${c.heavyRequests} answered ${JSON.stringify(c.heavyStatuses)}); health p50 ${ms(c.healthP50)} p99 ${ms(c.healthP99)} ms over ${c.healthSamples} checks`);
  }
  if (growth.length) {
    log('');
    if (result.growthDataset) log(`growth against ${result.growthDataset.assets.toLocaleString('en')} assets (bulk ${result.growthDataset.customers}×${result.growthDataset.assetsPerCustomer} + shapes), measured in this run`);
    const growthWidths = [44, 5, 10, 10, 7];
    log(row(['growth (p99, small → large dataset)', 'layer', 'small', 'large', 'ratio'], growthWidths));
    for (const g of growth) log(row([g.name, g.layer, ms(g.small), ms(g.large), Number.isFinite(g.ratio) ? `${g.ratio.toFixed(2)}×` : '—'], growthWidths));
  }
  log('');
  for (const v of verdicts) log(`${v.ok ? 'PASS' : 'MISS'}  ${v.text}`);
  log(`\n${verdicts.filter((v) => v.ok).length} PASS, ${verdicts.filter((v) => !v.ok).length} MISS`);
}
