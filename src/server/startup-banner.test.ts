import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadConfig, localUrl } from './config.js';
import { bannerUrls, showAgainOnDemand, startupBanner } from './startup-banner.js';

describe('the start banner (issue #12)', () => {
  it('names the host that links in mails use', () => {
    const everywhere = loadConfig({ HOST: '0.0.0.0', PORT: '4321' });
    expect(bannerUrls(everywhere, 4321)).toEqual({ url: everywhere.publicUrl, listening: null });
    expect(everywhere.publicUrl).toBe('http://localhost:4321');
    const behindProxy = loadConfig({ PUBLIC_URL: 'https://portal.example.com' });
    expect(bannerUrls(behindProxy, 3000)).toEqual({ url: 'https://portal.example.com', listening: 'http://127.0.0.1:3000' });
    expect(localUrl('::1', 3000)).toBe('http://[::1]:3000');
    expect(localUrl('::', 3000)).toBe('http://localhost:3000');
  });

  it('says where mails go and ends with how to show it again', () => {
    const banner = startupBanner({ config: loadConfig({}), port: 3000, engine: 'sqlite', mailDescription: 'written to /tmp/mail', inboundPort: null, demo: null, repeatHint: 'Press Enter to show this again.' });
    expect(banner).toContain('Portico is running at http://127.0.0.1:3000\n');
    expect(banner).toContain('  e-mail:   written to /tmp/mail\n');
    expect(banner.trimEnd().split('\n').at(-1)).toBe('  Press Enter to show this again.');
  });

  it.skipIf(process.platform === 'win32')('shows it again on Enter in a terminal and on SIGUSR2', async () => {
    let shown = 0;
    const show = () => shown++;
    const terminal = Object.assign(new PassThrough(), { isTTY: true });
    try {
      expect(showAgainOnDemand(show, terminal, 42)).toBe('Press Enter to show this again (or: kill -USR2 42).');
      terminal.write('\n');
      await new Promise((resolve) => setImmediate(resolve));
      expect(shown).toBe(1);
      const signalled = new Promise((resolve) => process.once('SIGUSR2', resolve));
      process.kill(process.pid, 'SIGUSR2');
      await signalled;
      expect(shown).toBe(2);
    } finally {
      process.removeListener('SIGUSR2', show);
    }
    expect(showAgainOnDemand(show, new PassThrough(), 42)).toBe('To show this again: kill -USR2 42');
    process.removeListener('SIGUSR2', show);
  });
});
