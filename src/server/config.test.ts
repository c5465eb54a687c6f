import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('DATABASE_SCHEMA', () => {
  it('is unset by default and taken as given when it is a plain lower-case name', () => {
    expect(loadConfig({}).databaseSchema).toBeUndefined();
    expect(loadConfig({ DATABASE_SCHEMA: 'portico_2' }).databaseSchema).toBe('portico_2');
  });

  it('refuses a name that would need quoting in the search_path', () => {
    for (const bad of ['Portico', 'a b', 'x;drop', '1abc', 'p'.repeat(64)]) {
      expect(() => loadConfig({ DATABASE_SCHEMA: bad }), bad).toThrow(ConfigError);
    }
  });
});

describe('APP_PROCESSES', () => {
  it('is one process by default and several only on PostgreSQL', () => {
    expect(loadConfig({}).appProcesses).toBe(1);
    expect(loadConfig({ APP_PROCESSES: '2', DATABASE_URL: 'postgres://db.internal/portico' }).appProcesses).toBe(2);
    expect(() => loadConfig({ APP_PROCESSES: '2' })).toThrow(/APP_PROCESSES above 1 needs PostgreSQL/);
    expect(() => loadConfig({ APP_PROCESSES: '0', DATABASE_URL: 'postgres://db.internal/portico' })).toThrow(/APP_PROCESSES must be a whole number from 1 to 64/);
  });
});

describe('DATABASE_PREPARED_STATEMENTS', () => {
  it('is on by default, can be turned off, and refuses anything but a yes or a no', () => {
    expect(loadConfig({}).databasePreparedStatements).toBe(true);
    expect(loadConfig({ DATABASE_PREPARED_STATEMENTS: 'false' }).databasePreparedStatements).toBe(false);
    expect(() => loadConfig({ DATABASE_PREPARED_STATEMENTS: 'sometimes' })).toThrow(/DATABASE_PREPARED_STATEMENTS must be true or false/);
  });
});
