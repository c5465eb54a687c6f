import { sql, type Kysely } from 'kysely';

/**
 * Configurable names in more than one language (issue #13): ticket types, ticket statuses, file types and
 * flags get `name_translations`, a JSON object of language → name ({"de": "Serviceanfrage"}). `name` stays
 * the name as staff gave it; a reader whose language has a translation reads that instead
 * (modules/i18n/localized-name.ts).
 *
 * The shipped ticket types, statuses and file types get their German names, but only while still named as
 * shipped: one staff renamed keeps reading as they named it. "Wartet auf Rückmeldung" serves both the back
 * office and the portal, which read the same stored name.
 */
const TABLES = ['ticket_types', 'ticket_statuses', 'file_types', 'flags'] as const;

const SHIPPED_GERMAN: [table: string, match: 'key' | 'name', value: string, shippedName: string, german: string][] = [
  ['ticket_types', 'key', 'service_request', 'Service request', 'Serviceanfrage'],
  ['ticket_types', 'key', 'incident_report', 'Incident report', 'Störungsmeldung'],
  ['ticket_types', 'key', 'visit_request', 'Visit request', 'Terminanfrage'],
  ['ticket_types', 'key', 'feedback', 'Feedback', 'Feedback'],
  ['ticket_types', 'key', 'question', 'Question', 'Frage'],
  ['ticket_statuses', 'key', 'new', 'New', 'Neu'],
  ['ticket_statuses', 'key', 'in_progress', 'In progress', 'In Bearbeitung'],
  ['ticket_statuses', 'key', 'waiting_for_customer', 'Waiting for customer', 'Wartet auf Rückmeldung'],
  ['ticket_statuses', 'key', 'resolved', 'Resolved', 'Gelöst'],
  ['ticket_statuses', 'key', 'closed', 'Closed', 'Geschlossen'],
  ['file_types', 'name', 'Certificate', 'Certificate', 'Zertifikat'],
  ['file_types', 'name', 'Report', 'Report', 'Bericht'],
  ['file_types', 'name', 'Photo', 'Photo', 'Foto'],
  ['file_types', 'name', 'Drawing', 'Drawing', 'Zeichnung'],
  ['file_types', 'name', 'Invoice', 'Invoice', 'Rechnung'],
  ['file_types', 'name', 'Internal', 'Internal', 'Intern'],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES) {
    await db.schema
      .alterTable(table)
      .addColumn('name_translations', 'text', (c) => c.notNull().defaultTo('{}'))
      .execute();
  }
  for (const [table, match, value, shippedName, german] of SHIPPED_GERMAN) {
    const translations = JSON.stringify({ de: german });
    await sql`update ${sql.table(table)} set name_translations = ${translations}
      where ${sql.ref(match)} = ${value} and name = ${shippedName}`.execute(db);
  }
}
