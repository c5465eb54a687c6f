import { Literals } from '../../http/schemas.js';

/** A portal user's access modes, as the access settings take them and GET /me reports them. */
export const AccessModeFields = {
  assets: Literals(['all_in_scope', 'granted_only'] as const),
  workOrders: Literals(['all_under_visible_assets', 'assigned_only'] as const),
  projects: Literals(['all_in_scope', 'granted_only'] as const),
  tickets: Literals(['own', 'all_in_scope'] as const),
  orders: Literals(['all_in_scope', 'own'] as const),
  schedule: Literals(['assigned_only'] as const),
};
