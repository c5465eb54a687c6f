import { describe, expect, it } from 'vitest';
import { changedFields, draftOf } from './access-draft';
import type { AccessDraft } from './access-draft';
import type { UserAccess } from './types';

const stored: UserAccess = {
  userId: 'u1',
  customerId: 'c1',
  roleTemplate: 'customer',
  templateAdjusted: false,
  sitesFromContact: false,
  sitesRestricted: true,
  sites: [
    { siteId: 's1', level: 'read' },
    { siteId: 's2', level: 'write' },
  ],
  modes: { assets: 'granted_only', workOrders: 'all_under_visible_assets', projects: 'granted_only', tickets: 'own', orders: 'own', schedule: 'assigned_only' },
  capabilities: { manageDevices: false, createTickets: true, ticketTypeIds: ['t1', 't2'], statusIds: [], recipientUserIds: [], recipientGroupIds: [], uploadFiles: false, customerAdmin: false, approve: false, approvalLimit: null },
  contact: null,
  siteSource: 'own',
};

const edited = (access: UserAccess, changes: Partial<AccessDraft> = {}): AccessDraft => ({ ...draftOf(access), ...changes });

describe('the access editor saves only what it changed', () => {
  it('sends nothing for an untouched form, whatever the order of its lists', () => {
    expect(changedFields(stored, edited(stored))).toEqual({});
    const reordered = edited(stored, { sites: [...stored.sites].reverse(), capabilities: { ...stored.capabilities, ticketTypeIds: ['t2', 't1'] } });
    expect(changedFields(stored, reordered)).toEqual({});
  });

  it('sends one changed mode and one changed list, nothing else', () => {
    const draft = edited(stored, { modes: { ...stored.modes, workOrders: 'assigned_only' }, capabilities: { ...stored.capabilities, ticketTypeIds: ['t1'] } });
    expect(changedFields(stored, draft)).toEqual({ modes: { workOrders: 'assigned_only' }, capabilities: { ticketTypeIds: ['t1'] } });
  });

  it('sends a new contact, and null for none', () => {
    const linked: UserAccess = { ...stored, contact: { id: 'k1', name: 'Dr. South', sites: [], archived: false } };
    expect(changedFields(linked, edited(linked, { contactId: 'k2' }))).toEqual({ contactId: 'k2' });
    expect(changedFields(linked, edited(linked, { contactId: null }))).toEqual({ contactId: null });
    expect(changedFields(linked, edited(linked))).toEqual({});
  });

  it('leaves out site rows without a site and a changed level counts', () => {
    const draft = edited(stored, { sites: [{ siteId: 's1', level: 'write' }, { siteId: 's2', level: 'write' }, { siteId: null, level: 'read' }] });
    expect(changedFields(stored, draft)).toEqual({ sites: [{ siteId: 's1', level: 'write' }, { siteId: 's2', level: 'write' }] });
  });

  it('turning the site restriction off clears the sites; an unrestricted user is not sent their kept sites', () => {
    expect(changedFields(stored, edited(stored, { sitesRestricted: false }))).toEqual({ sitesRestricted: false, sites: [] });
    const unrestricted = { ...stored, sitesRestricted: false };
    expect(changedFields(unrestricted, edited(unrestricted))).toEqual({});
  });

  it('after a template, sends it with every mode and capability, since the server resets them first', () => {
    const patch = changedFields(stored, edited(stored, { template: 'view_only', templateApplied: true }));
    expect(patch.roleTemplate).toBe('view_only');
    expect(patch.modes).toEqual(stored.modes);
    expect(patch.capabilities).toEqual(stored.capabilities);
    expect(patch.sites).toBeUndefined();
  });
});
