import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import { ListRow, PortalList } from './portal-list';
import { Section } from './section';
import { usePortalList } from '../lib/use-portal-list';

/** GET /access-changes: one change of a colleague's access or account (server: access-changes.ts). */
interface AccessChange {
  id: string;
  occurredAt: string;
  action: string;
  user: { id: string; displayName: string };
  actor: { kind: 'staff' | 'external'; displayName: string } | null;
  record: { type: string; id: string; name: string | null } | null;
}

/**
 * The customer admin's audit trail: who invited whom, changed whose access, granted what, newest first;
 * only the colleagues the admin manages, and what was done in words.
 */
export function ColleagueAccessLog() {
  const { t } = useTranslation('portal');
  const format = useFormat();
  const changes = usePortalList('/access-changes', {}, { limit: 10 });
  const actorOf = (change: AccessChange) =>
    !change.actor ? t('colleagues.log.system') : change.actor.kind === 'staff' ? t('colleagues.log.staffActor', { name: change.actor.displayName }) : change.actor.displayName;
  return (
    <Section title={t('colleagues.log.title')}>
      <PortalList
        label={t('colleagues.log.title')}
        query={changes}
        compactEmpty
        empty={{ title: t('colleagues.log.title'), message: t('colleagues.log.empty') }}
        renderRow={(change) => (
          <ListRow
            icon="history"
            // Action codes hold dots, which i18n reads as nesting.
            title={t(`colleagues.log.actions.${change.action.replace('.', '_')}`, {
              actor: actorOf(change),
              user: change.user.displayName,
              record: change.record?.name ?? t('colleagues.log.hiddenRecord'),
              defaultValue: change.action,
            })}
            meta={format.dateTime(change.occurredAt)}
          />
        )}
      />
    </Section>
  );
}
