import type { Migration } from 'kysely';
import * as m001 from './001_foundation.js';
import * as m002 from './002_back_office.js';
import * as m003FileTypes from './003_file_type_defaults.js';
import * as m003TicketDefaults from './003_ticket_defaults.js';
import * as m004 from './004_portal_access.js';
import * as m005 from './005_assets_work_orders.js';
import * as m005PeoplePlaces from './005_people_and_places_indexes.js';
import * as m005ProjectsOrdersFlags from './005_projects_orders_flags_indexes.js';
import * as m006 from './006_api_tokens.js';
import * as m007 from './007_work_orders_by_project.js';
import * as m008 from './008_full_text_search.js';
import * as m009 from './009_subtree_range_indexes.js';
import * as m010 from './010_ticket_routing_notifications.js';
import * as m011 from './011_ticket_reply_by_mail.js';
import * as m012 from './012_ticket_sla.js';
import * as m013 from './013_mfa.js';
import * as m014 from './014_access_epoch.js';
import * as m015 from './015_readable_logs.js';
import * as m016 from './016_sites_from_contact.js';
import * as m017 from './017_pending_login_twins.js';
import * as m018 from './018_caseless_name_sort.js';
import * as m019 from './019_asset_due_sort.js';
import * as m020 from './020_users_by_contact.js';
import * as m021 from './021_name_translations.js';
import * as m022 from './022_webhooks.js';
import * as m023 from './023_issued_documents.js';
import * as m024 from './024_approvals.js';
import * as m025 from './025_search_text_index.js';
import * as m026 from './026_asset_search_words.js';

/**
 * Every migration, in order. Listed statically (not read from the directory) so they run the same under
 * tsx, vitest and a bundled build. Forward-only: never edit a migration that has shipped; add a new one.
 */
export const migrations: Record<string, Migration> = {
  '001_foundation': m001,
  '002_back_office': m002,
  '003_file_type_defaults': m003FileTypes,
  '003_ticket_defaults': m003TicketDefaults,
  '004_portal_access': m004,
  '005_assets_work_orders': m005,
  '005_people_and_places_indexes': m005PeoplePlaces,
  '005_projects_orders_flags_indexes': m005ProjectsOrdersFlags,
  '006_api_tokens': m006,
  '007_work_orders_by_project': m007,
  '008_full_text_search': m008,
  '009_subtree_range_indexes': m009,
  '010_ticket_routing_notifications': m010,
  '011_ticket_reply_by_mail': m011,
  '012_ticket_sla': m012,
  '013_mfa': m013,
  '014_access_epoch': m014,
  '015_readable_logs': m015,
  '016_sites_from_contact': m016,
  '017_pending_login_twins': m017,
  '018_caseless_name_sort': m018,
  '019_asset_due_sort': m019,
  '020_users_by_contact': m020,
  '021_name_translations': m021,
  '022_webhooks': m022,
  '023_issued_documents': m023,
  '024_approvals': m024,
  '025_search_text_index': m025,
  '026_asset_search_words': m026,
};
