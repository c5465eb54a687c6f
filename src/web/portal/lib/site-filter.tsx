import { useQuery } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { usePortalAccess } from './portal-me';
import { api } from '../../lib/api-client';

/** How many sites the switcher loads; a portal user with more searches the list pages instead. */
const SITE_LIMIT = 200;

export const portalSitesKey = (userId: string) => ['portal', 'sites', userId] as const;

/** The sites the user may see (GET /sites answers exactly those), for the switcher and site names. */
export function usePortalSites() {
  const { me } = usePortalAccess();
  return useQuery({
    queryKey: portalSitesKey(me.id),
    queryFn: ({ signal }) => api.get('/sites', { params: { query: { limit: SITE_LIMIT, sort: 'name' } }, signal }),
    staleTime: 5 * 60_000,
  });
}

interface SiteFilterValue {
  /** The chosen site, or null for "All sites". Only ever a site the user can see. */
  siteId: string | null;
  setSiteId(siteId: string | null): void;
  /** Query parameters every portal list adds: `{siteId}` narrows; nothing widens. */
  params: { siteId?: string };
}

const SiteFilterContext = createContext<SiteFilterValue | null>(null);

function storageKey(userId: string) {
  return `portico.portal.site.${userId}`;
}

function readStored(userId: string): string | null {
  try {
    return sessionStorage.getItem(storageKey(userId));
  } catch {
    return null;
  }
}

/**
 * The header's site switcher state, kept per user for the browser session (reloads keep it; another
 * user on the same browser starts with "All sites"). A stored site the user no longer sees is ignored.
 */
export function SiteFilterProvider({ children }: { children: ReactNode }) {
  const { me } = usePortalAccess();
  const sites = usePortalSites();
  const [chosen, setChosen] = useState<string | null>(() => readStored(me.id));
  const known = sites.data?.items.some((site) => site.id === chosen) ?? false;
  const siteId = chosen && known ? chosen : null;

  const setSiteId = useCallback(
    (next: string | null) => {
      setChosen(next);
      try {
        if (next) sessionStorage.setItem(storageKey(me.id), next);
        else sessionStorage.removeItem(storageKey(me.id));
      } catch {
        // Storage disabled: the choice still holds for this page load.
      }
    },
    [me.id],
  );

  const value = useMemo<SiteFilterValue>(() => ({ siteId, setSiteId, params: siteId ? { siteId } : {} }), [siteId, setSiteId]);
  return <SiteFilterContext.Provider value={value}>{children}</SiteFilterContext.Provider>;
}

export function useSiteFilter(): SiteFilterValue {
  const value = useContext(SiteFilterContext);
  if (!value) throw new Error('useSiteFilter() used outside SiteFilterProvider');
  return value;
}
