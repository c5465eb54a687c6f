import path from 'node:path';
import { ConfigError, loadConfig } from '../config.js';
import { backup, restore, BackupError } from './backup.js';

/**
 * `npm run backup -- DIR` and `npm run restore -- DIR`, with the same environment as the app (DATA_DIR,
 * DATABASE_URL). Exit code 0 when done and checked, 1 when not, 2 for a usage or configuration error.
 */
async function main(): Promise<number> {
  const [command, target] = process.argv.slice(2);
  if ((command !== 'backup' && command !== 'restore') || !target) {
    console.error('usage: npm run backup -- <new folder>   |   npm run restore -- <backup folder>');
    return 2;
  }
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
  const dir = path.resolve(target);
  try {
    const manifest = command === 'backup' ? await backup(config, dir) : await restore(config, dir);
    const rows = Object.values(manifest.tables).reduce((sum, n) => sum + n, 0);
    const summary = `${Object.keys(manifest.tables).length} tables, ${rows} rows, ${Object.keys(manifest.files).length} files`;
    console.log(command === 'backup' ? `Backed up ${summary} to ${dir}` : `Restored ${summary} from ${dir}; row counts and file hashes match the backup`);
    return 0;
  } catch (error) {
    console.error(error instanceof BackupError ? error.message : error);
    return 1;
  }
}

process.exitCode = await main();
