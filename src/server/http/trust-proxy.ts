import net from 'node:net';

/** Which proxies may tell us the client's address (X-Forwarded-For): none, the nearest N hops, or these addresses. */
export type TrustProxy = false | number | string[];

function isAddressOrRange(entry: string): boolean {
  const [address, prefix, ...rest] = entry.split('/');
  if (rest.length > 0 || !address || net.isIP(address) === 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d+$/.test(prefix) && bits <= (net.isIP(address) === 4 ? 32 : 128);
}

/**
 * TRUST_PROXY: unset or "false" trusts no proxy (the peer address is the client); a number trusts that
 * many proxy hops in front of Portico; a comma-separated list of addresses or CIDR ranges trusts exactly
 * those proxies. "true" (trust anyone's X-Forwarded-For) is refused: any client could then choose its
 * own address and escape the login throttle.
 */
export function readTrustProxy(raw: string | undefined, problems: string[]): TrustProxy {
  const value = raw?.trim() ?? '';
  if (value === '' || value === 'false' || value === '0') return false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > 10) problems.push(`TRUST_PROXY must be at most 10 hops (got ${value})`);
    return hops;
  }
  const entries = value.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  const bad = entries.filter((entry) => !isAddressOrRange(entry));
  if (bad.length > 0 || entries.length === 0) {
    problems.push(`TRUST_PROXY must be a hop count or a comma-separated list of proxy addresses or CIDR ranges (got "${value}")`);
    return false;
  }
  return entries;
}

/** Fastify's form of the setting: a hop count becomes "trust the first N hops" (what proxy-addr does for a number). */
export function fastifyTrustProxy(trust: TrustProxy): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof trust === 'number') return (_address, hop) => hop < trust;
  return trust;
}
