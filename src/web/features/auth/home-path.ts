import type { Me } from './types';

/** Where a signed-in user starts: staff in the back office, external users in the portal. */
export function homePathFor(me: Pick<Me, 'kind'>): string {
  return me.kind === 'staff' ? '/staff' : '/portal';
}

/** A return path is only followed when it stays inside this app (no "//evil.example" or absolute URLs). */
export function safeReturnPath(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return undefined;
  if (value.startsWith('/login') || value.startsWith('/api/')) return undefined;
  return value;
}
