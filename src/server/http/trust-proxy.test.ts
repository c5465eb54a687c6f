import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.js';

const trustProxy = (value: string | undefined) => loadConfig({ DATA_DIR: '/tmp/portico-config-test', ...(value === undefined ? {} : { TRUST_PROXY: value }) }).trustProxy;

describe('TRUST_PROXY', () => {
  it('trusts no proxy by default, a hop count, or a list of addresses and ranges', () => {
    expect(trustProxy(undefined)).toBe(false);
    expect(trustProxy('false')).toBe(false);
    expect(trustProxy('2')).toBe(2);
    expect(trustProxy('10.0.0.0/8, 192.0.2.1,::1')).toEqual(['10.0.0.0/8', '192.0.2.1', '::1']);
  });

  it('refuses "true" (anyone could pick their own address) and malformed entries, naming the setting', () => {
    for (const bad of ['true', '10.0.0.0/33', 'proxy.local', '11', '10.0.0.1/8/1']) {
      expect(() => trustProxy(bad), bad).toThrow(ConfigError);
      expect(() => trustProxy(bad), bad).toThrow(/TRUST_PROXY/);
    }
  });
});
