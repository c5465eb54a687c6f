import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { API_TYPES_FILE, generateApiTypes } from './api-types.js';

/**
 * `npm run api:types`: builds the app on a throw-away SQLite database, reads its OpenAPI document and writes
 * the web app's API types. Run it after changing a route schema; the test suite says when it is due.
 */
async function main(): Promise<void> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'portico-api-types-'));
  try {
    const config = { ...loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'error' }), serveWeb: false };
    const app = await buildApp(config, { logger: false });
    try {
      await app.ready();
      const document = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).body;
      await writeFile(API_TYPES_FILE, await generateApiTypes(document));
      console.log(`Wrote ${API_TYPES_FILE}`);
    } finally {
      await app.close();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
