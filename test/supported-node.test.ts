import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

// The README promises the oldest Node.js that package.json's engines allow. Every installed package
// must run there too, or npm ci prints an engine warning (and the package may not work at all).
const root = join(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { engines?: { node?: string } | string[] }>;
};

describe('supported Node.js version', () => {
  const oldest = semver.minVersion(manifest.engines.node)?.version ?? '';

  it('is the version the README names', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const [major, minor] = oldest.split('.');
    expect(readme).toContain(`Node.js ${major}.${minor} or newer`);
  });

  it('is supported by every installed package', () => {
    const unsupported = Object.entries(lock.packages)
      .filter(([path]) => path !== '' && existsSync(join(root, path)))
      .flatMap(([path, entry]) => {
        const range = !Array.isArray(entry.engines) ? entry.engines?.node : undefined;
        return range && !semver.satisfies(oldest, range) ? [`${path} needs Node.js ${range}`] : [];
      });
    expect(unsupported).toEqual([]);
  });
});
