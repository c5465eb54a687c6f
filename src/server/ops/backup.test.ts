import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, staffSession } from '../../../test/factories.js';
import { fileTypeId, uploadFile } from '../../../test/factories-files.js';
import { buildTestApp, type TestApp } from '../../../test/helpers.js';
import { backup, BackupError, restore } from './backup.js';

/**
 * Issue #12: no backup was documented, files lived beside the database even on PostgreSQL, and copying
 * only portico.db lost the commits still in the WAL. A backup restores into an empty place with every
 * table's row count and every file's hash as before.
 */
let t: TestApp;
const temp: string[] = [];
let restoreDatabase: string | undefined;
const tempDir = (name: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `portico-${name}-`));
  temp.push(dir);
  return dir;
};

beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t.close();
  for (const dir of temp) fs.rmSync(dir, { recursive: true, force: true });
  if (restoreDatabase) {
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`drop database if exists ${restoreDatabase}`);
    await admin.end();
  }
});

/** An empty installation on the engine under test: a new DATA_DIR, and on PostgreSQL a new database. */
async function emptyInstallation() {
  const dataDir = tempDir('restored');
  const source = t.database.config;
  if (!source.databaseUrl) return { dataDir, databaseUrl: undefined, databaseSchema: undefined };
  restoreDatabase = `portico_restore_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: source.databaseUrl });
  await admin.connect();
  await admin.query(`create database ${restoreDatabase}`);
  await admin.end();
  const url = new URL(source.databaseUrl);
  url.pathname = `/${restoreDatabase}`;
  // Search needs pg_trgm; a whole-database dump brings it along, a test's one-schema dump does not.
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  await client.query('create extension if not exists pg_trgm');
  await client.end();
  return { dataDir, databaseUrl: url.toString(), databaseSchema: source.databaseSchema };
}

describe('backup and restore', () => {
  it('restores the database and the uploaded files into an empty place, identical by row counts and hashes', async () => {
    const { session: admin } = await staffSession(t.app, 'admin');
    const customer = await createCustomer(admin);
    const certificate = await fileTypeId(t.app, 'Certificate');
    for (const name of ['a.txt', 'b.txt']) {
      const uploaded = await uploadFile(admin, { resourceType: 'customer', resourceId: customer.id, fileTypeId: certificate, content: `content of ${name}`, filename: name });
      expect(uploaded.statusCode).toBe(201);
    }
    const dir = path.join(tempDir('backup'), 'backup-1');
    const taken = await backup(t.database.config, dir);
    expect(taken.tables.customers).toBeGreaterThanOrEqual(1);
    expect(taken.tables.files).toBe(2);
    expect(Object.keys(taken.files)).toHaveLength(2);

    const target = await emptyInstallation();
    const restored = await restore(target, dir);
    expect(restored.tables).toEqual(taken.tables);
    const restoredFiles = fs.readdirSync(path.join(target.dataDir, 'files'), { recursive: true }).filter((entry) => !fs.statSync(path.join(target.dataDir, 'files', String(entry))).isDirectory());
    expect(restoredFiles).toHaveLength(2);

    // Once restored, the place is no longer empty: a second restore is refused, and so is a backup into a used folder.
    await expect(restore(target, dir)).rejects.toThrow(BackupError);
    await expect(backup(t.database.config, dir)).rejects.toThrow(/not empty/);
  });
});
