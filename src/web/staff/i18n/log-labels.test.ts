import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_RECORD_TYPES } from '../../../server/modules/audit/audit-actions';
import { MAIL_KINDS } from '../../../server/modules/mail/mail-kinds';
import { auditActionKey, auditRecordTypeKey } from '../../features/audit/audit-labels';
import { mailKindKey } from '../../features/portal-access/mail-kind-labels';

/** Issue #13: the audit and mail logs show labels, never codes: every code the server can write has one in both languages. */
const dir = path.dirname(fileURLToPath(import.meta.url));
type Tree = { [key: string]: string | Tree };
const bundles = { en: 'en.json', de: 'de.json' } as const;

function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' && node.trim() !== '' ? node : undefined;
}

describe.each(Object.entries(bundles))('staff labels in %s', (_language, file) => {
  const tree = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Tree;
  const missing = (keys: string[]) => keys.filter((key) => lookup(tree, key) === undefined);

  it('label every audit action, record type and mail kind', () => {
    expect(missing(AUDIT_ACTIONS.map(auditActionKey))).toEqual([]);
    expect(missing(AUDIT_RECORD_TYPES.map(auditRecordTypeKey))).toEqual([]);
    expect(missing(MAIL_KINDS.map(mailKindKey))).toEqual([]);
  });

  it('give different actions different labels, so the filter can tell them apart', () => {
    const labels = AUDIT_ACTIONS.map((code) => lookup(tree, auditActionKey(code)));
    expect(labels.filter((label, i) => labels.indexOf(label) !== i)).toEqual([]);
  });
});
