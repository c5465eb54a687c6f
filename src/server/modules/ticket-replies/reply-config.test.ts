import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config.js';

describe('reply by e-mail settings', () => {
  it('are off by default, with the reply domain taken from PUBLIC_URL', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://Portal.Example.com/' })).toMatchObject({
      inboundSmtpPort: undefined,
      inboundSmtpHost: '127.0.0.1',
      replyDomain: 'portal.example.com',
      replyTokenDays: 90,
    });
    expect(loadConfig({ INBOUND_SMTP_PORT: '2525', INBOUND_SMTP_HOST: '0.0.0.0', REPLY_DOMAIN: 'replies.example.com', REPLY_TOKEN_DAYS: '30' })).toMatchObject({
      inboundSmtpPort: 2525,
      inboundSmtpHost: '0.0.0.0',
      replyDomain: 'replies.example.com',
      replyTokenDays: 30,
    });
  });

  it('refuse a bad port, domain or lifetime at boot', () => {
    const problemsOf = (env: Record<string, string>) => {
      try {
        loadConfig(env);
      } catch (error) {
        if (error instanceof ConfigError) return error.problems;
        throw error;
      }
      return [];
    };
    const expected = [expect.stringContaining('INBOUND_SMTP_PORT'), expect.stringContaining('REPLY_DOMAIN'), expect.stringContaining('REPLY_TOKEN_DAYS')];
    expect(problemsOf({ INBOUND_SMTP_PORT: '70000', REPLY_DOMAIN: 'not a domain', REPLY_TOKEN_DAYS: '0' })).toEqual(expected);
    expect(problemsOf({ INBOUND_SMTP_PORT: 'smtp', REPLY_DOMAIN: 'a@b', REPLY_TOKEN_DAYS: '-1' })).toEqual(expected);
  });
});
