// `npm start`: build the web app if it is missing or older than its sources, then start Portico with demo data.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function newestMtime(dir) {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

const builtIndex = path.join(root, 'dist/web/index.html');
const sourcesChanged = !fs.existsSync(builtIndex) || newestMtime(path.join(root, 'src/web')) > fs.statSync(builtIndex).mtimeMs;
if (sourcesChanged && fs.existsSync(path.join(root, 'src/web/index.html'))) {
  console.log('Building the web app (first start or changed sources)…');
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// A first look should show the banner with the demo logins, not a stream of request logs: warnings and
// errors only, unless LOG_LEVEL says otherwise.
process.env.LOG_LEVEL ??= 'warn';

const { register } = await import('tsx/esm/api');
register();
const { main } = await import('../src/server/server.ts');
await main({ demoDataDefault: true });
