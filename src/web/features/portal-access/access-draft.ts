/** The access editor's unsaved state and the patch that saves exactly what it changed. */
import { ACCESS_MODES, ROLE_TEMPLATES } from './types';
import type { AccessModeKey, AccessModes, AccessPatch, Capabilities, RoleTemplate, SiteAccess, UserAccess } from './types';

/** A site row of the editor; rows still without a site are left out when saving. */
export interface SiteRow {
  siteId: string | null;
  level: SiteAccess['level'];
}

/** The rows that name a site, as the API takes them. */
export function toSiteAccess(rows: SiteRow[]): SiteAccess[] {
  return rows.filter((row): row is SiteAccess => row.siteId !== null);
}

const MODE_KEYS = Object.keys(ACCESS_MODES) as AccessModeKey[];

export interface AccessDraft {
  template: RoleTemplate | null;
  /** The template was picked (or reset to) in this form: saving applies it, then the adjustments. */
  templateApplied: boolean;
  /** The contact the user belongs to; while `sitesFromContact` is on and it has sites, its sites are the user's. */
  contactId: string | null;
  sitesFromContact: boolean;
  sitesRestricted: boolean;
  sites: SiteRow[];
  modes: AccessModes;
  capabilities: Capabilities;
}

const isTemplate = (value: string | null): value is RoleTemplate => ROLE_TEMPLATES.includes(value as RoleTemplate);

/** The form as the server stored the access: nothing changed yet. */
export function draftOf(access: UserAccess): AccessDraft {
  return {
    template: isTemplate(access.roleTemplate) ? access.roleTemplate : null,
    templateApplied: false,
    contactId: access.contact?.id ?? null,
    sitesFromContact: access.sitesFromContact,
    sitesRestricted: access.sitesRestricted,
    sites: access.sites,
    modes: access.modes,
    capabilities: access.capabilities,
  };
}

const sameIds = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();
const sameSites = (a: SiteAccess[], b: SiteAccess[]) => sameIds(a.map((s) => `${s.siteId}:${s.level}`), b.map((s) => `${s.siteId}:${s.level}`));

/** Only what the form changed, so the audit trail names exactly that; after a template, all of modes and capabilities. */
export function changedFields(access: UserAccess, draft: AccessDraft): AccessPatch {
  const patch: AccessPatch = {};
  if (draft.templateApplied && draft.template) patch.roleTemplate = draft.template;
  if (draft.contactId !== (access.contact?.id ?? null)) patch.contactId = draft.contactId;
  if (draft.sitesFromContact !== access.sitesFromContact) patch.sitesFromContact = draft.sitesFromContact;
  if (draft.sitesRestricted !== access.sitesRestricted) {
    patch.sitesRestricted = draft.sitesRestricted;
    patch.sites = draft.sitesRestricted ? toSiteAccess(draft.sites) : [];
  } else if (draft.sitesRestricted && !sameSites(toSiteAccess(draft.sites), access.sites)) {
    patch.sites = toSiteAccess(draft.sites);
  }
  const reset = patch.roleTemplate !== undefined;
  const modes = MODE_KEYS.filter((key) => reset || draft.modes[key] !== access.modes[key]);
  if (modes.length) patch.modes = Object.fromEntries(modes.map((key) => [key, draft.modes[key]])) as Partial<AccessModes>;
  const capabilities = (Object.keys(draft.capabilities) as (keyof Capabilities)[]).filter((key) => {
    if (reset) return true;
    const [now, before] = [draft.capabilities[key], access.capabilities[key]];
    return Array.isArray(now) && Array.isArray(before) ? !sameIds(now, before) : now !== before;
  });
  if (capabilities.length) patch.capabilities = Object.fromEntries(capabilities.map((key) => [key, draft.capabilities[key]])) as Partial<Capabilities>;
  return patch;
}
