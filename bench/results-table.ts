/**
 * Prints a result file as the Markdown tables of docs/performance.md, so the document is updated from
 * the measured JSON rather than by hand:  npx tsx bench/results-table.ts bench/results/<file>.json
 */
import fs from 'node:fs';
import { evaluate, growthOf, probeLabel, type BenchResult } from './report.js';

const file = process.argv[2];
if (!file) throw new Error('usage: tsx bench/results-table.ts bench/results/<file>.json');
const result = JSON.parse(fs.readFileSync(file, 'utf8')) as BenchResult;
const ms = (value: number | null | undefined) => (value === null || value === undefined || !Number.isFinite(value) ? 'failed' : value.toFixed(1));

const names = [...new Set(result.probes.map(probeLabel))];
const lines = ['| probe | DB p50 | DB p99 | HTTP p50 | HTTP p99 |', '|---|--:|--:|--:|--:|'];
for (const name of names) {
  const cell = (layer: 'db' | 'http') => {
    const p = result.probes.find((x) => probeLabel(x) === name && x.layer === layer);
    return p ? [ms(p.p50), ms(p.p99)] : ['', ''];
  };
  lines.push(`| ${name} | ${[...cell('db'), ...cell('http')].join(' | ')} |`);
}
lines.push('', '| load | c | req/s | p50 ms | p99 ms | non-2xx |', '|---|--:|--:|--:|--:|--:|');
for (const l of result.load) lines.push(`| ${l.target} | ${l.connections} | ${Math.round(l.requestsPerSecond)} | ${l.p50} | ${l.p99} | ${l.non2xx + l.errors} |`);

const growth = growthOf(result);
if (growth.length) {
  lines.push('', '| growth of p99 | layer | small | large | ratio |', '|---|---|--:|--:|--:|');
  for (const g of growth) lines.push(`| ${g.name} | ${g.layer} | ${ms(g.small)} | ${ms(g.large)} | ${Number.isFinite(g.ratio) ? `${g.ratio.toFixed(2)}×` : '—'} |`);
}
lines.push('');
for (const v of evaluate(result, growth)) lines.push(`- ${v.ok ? 'PASS' : '**MISS**'} ${v.text}`);
console.log(lines.join('\n'));
