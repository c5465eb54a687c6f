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
