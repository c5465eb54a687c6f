import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import type { AppConfig } from '../config.js';
import { sqliteFilePath } from '../db/database.js';

/**
 * Backup and restore of a whole installation: the database and the uploaded files (DATA_DIR/files, on
 * both engines). A backup folder holds portico.db (SQLite, made with SQLite's online backup API, so the
 * WAL's commits are in it and the app may keep running) or portico.dump (pg_dump's custom format), the
 * files, and manifest.json with every table's row count and every file's SHA-256, which a restore checks.
 */
export interface Manifest {
  format: 1;
  engine: 'sqlite' | 'postgres';
  createdAt: string;
  tables: Record<string, number>;
  files: Record<string, string>;
}

type Config = Pick<AppConfig, 'dataDir' | 'databaseUrl' | 'databaseSchema'>;

const SQLITE_FILE = 'portico.db';
const PG_DUMP_FILE = 'portico.dump';

export class BackupError extends Error {
  override name = 'BackupError';
}

function sha256Of(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** Every stored blob (temp uploads in progress are not part of the data), as relative path → SHA-256. */
function hashFiles(filesRoot: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!fs.existsSync(filesRoot)) return out;
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (dir === filesRoot && entry.name === 'tmp') continue;
        walk(full);
      } else out[path.relative(filesRoot, full).split(path.sep).join('/')] = sha256Of(full);
    }
  };
  walk(filesRoot);
  return out;
}

function copyFiles(from: string, to: string, files: Record<string, string>): void {
  for (const relative of Object.keys(files)) {
    const target = path.join(to, relative);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(path.join(from, relative), target);
  }
}

function sqliteCounts(file: string): Record<string, number> {
  const db = new SQLite(file, { readonly: true });
  try {
    const tables = db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").all() as { name: string }[];
    return Object.fromEntries(tables.map(({ name }) => [name, (db.prepare(`select count(*) as n from "${name.replace(/"/g, '""')}"`).get() as { n: number }).n]));
  } finally {
    db.close();
  }
}

async function postgresCounts(config: Config): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: config.databaseUrl, ...(config.databaseSchema ? { options: `-c search_path=${config.databaseSchema}` } : {}) });
  await client.connect();
  try {
    const { rows } = await client.query<{ table_name: string }>(
      "select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name",
    );
    const counts: Record<string, number> = {};
    for (const { table_name: name } of rows) counts[name] = Number((await client.query<{ n: string }>(`select count(*) as n from "${name.replace(/"/g, '""')}"`)).rows[0]!.n);
    return counts;
  } finally {
    await client.end();
  }
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error) throw new BackupError(`${command} could not be started (${result.error.message}); is the PostgreSQL client installed?`);
  if (result.status !== 0) throw new BackupError(`${command} failed: ${result.stderr.trim()}`);
}

function assertEmptyTarget(dir: string): void {
  if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) throw new BackupError(`${dir} is not empty; back up into a new folder.`);
}

/** Writes a backup of the installation `config` describes into `dir` (new or empty). */
export async function backup(config: Config, dir: string): Promise<Manifest> {
  assertEmptyTarget(dir);
  fs.mkdirSync(dir, { recursive: true });
  let engine: Manifest['engine'];
  let tables: Record<string, number>;
  if (config.databaseUrl) {
    engine = 'postgres';
    run('pg_dump', ['--format=custom', '--no-owner', `--file=${path.join(dir, PG_DUMP_FILE)}`, ...(config.databaseSchema ? [`--schema=${config.databaseSchema}`] : []), config.databaseUrl]);
    tables = await postgresCounts(config);
  } else {
    engine = 'sqlite';
    const source = new SQLite(sqliteFilePath(config), { readonly: true, fileMustExist: true });
    try {
      await source.backup(path.join(dir, SQLITE_FILE));
    } finally {
      source.close();
    }
    tables = sqliteCounts(path.join(dir, SQLITE_FILE));
  }
  // After the database: every file a backed-up row refers to was written before its row committed.
  const filesRoot = path.join(config.dataDir, 'files');
  const files = hashFiles(filesRoot);
  copyFiles(filesRoot, path.join(dir, 'files'), files);
  const manifest: Manifest = { format: 1, engine, createdAt: new Date().toISOString(), tables, files };
  fs.writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** Restores a backup into the empty installation `config` describes, then checks it against the manifest. */
export async function restore(config: Config, dir: string): Promise<Manifest> {
  const manifestFile = path.join(dir, 'manifest.json');
  if (!fs.existsSync(manifestFile)) throw new BackupError(`${dir} holds no Portico backup (manifest.json is missing).`);
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest;
  const engine = config.databaseUrl ? 'postgres' : 'sqlite';
  if (manifest.engine !== engine) throw new BackupError(`This is a ${manifest.engine} backup; restore it with ${manifest.engine === 'postgres' ? 'DATABASE_URL set' : 'DATABASE_URL unset'}.`);
  const filesRoot = path.join(config.dataDir, 'files');
  if (Object.keys(hashFiles(filesRoot)).length > 0) throw new BackupError(`${filesRoot} already holds files; restore into an empty installation.`);

  let tables: Record<string, number>;
  if (engine === 'postgres') {
    const existing = await postgresCounts(config);
    if (Object.keys(existing).length > 0) throw new BackupError('The target database already has tables; restore into an empty database.');
    run('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', `--dbname=${config.databaseUrl!}`, path.join(dir, PG_DUMP_FILE)]);
    tables = await postgresCounts(config);
  } else {
    const target = sqliteFilePath(config);
    if (fs.existsSync(target)) throw new BackupError(`${target} exists; restore into an empty DATA_DIR.`);
    fs.mkdirSync(config.dataDir, { recursive: true });
    fs.copyFileSync(path.join(dir, SQLITE_FILE), target);
    tables = sqliteCounts(target);
  }
  copyFiles(path.join(dir, 'files'), filesRoot, manifest.files);

  const files = hashFiles(filesRoot);
  const problems = [
    ...Object.entries(manifest.tables).filter(([name, count]) => tables[name] !== count).map(([name, count]) => `table ${name}: ${tables[name] ?? 'missing'} rows, backup had ${count}`),
    ...Object.entries(manifest.files).filter(([file, hash]) => files[file] !== hash).map(([file]) => `file ${file} differs or is missing`),
  ];
  if (problems.length > 0) throw new BackupError(`The restore does not match the backup:\n  ${problems.join('\n  ')}`);
  return manifest;
}
