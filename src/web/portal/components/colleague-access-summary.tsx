import { Skeleton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useColleagueAccess } from '../api/colleagues';
import { SiteName } from './record-names';
import { MetaLine } from './portal-list';

/**
 * A colleague's access at a glance, for the customer admin's console: the role and where it applies
 * (every site, their own sites, or those of the contact they take them from).
 */
export function ColleagueAccessSummary({ userId }: { userId: string }) {
  const { t } = useTranslation('portal');
  const access = useColleagueAccess(userId);
  if (access.isPending) return <Skeleton height={10} width={160} radius="sm" mt={4} />;
  if (!access.data) return null;
  const { roleTemplate, siteSource, contact, sitesRestricted, sites } = access.data;
  const role = roleTemplate ? t(`colleagues.roles.${roleTemplate}.name`, { defaultValue: roleTemplate }) : null;
  const siteNames =
    siteSource === 'contact' && contact
      ? contact.sites.map((site) => site.name).join(', ')
      : sitesRestricted
        ? sites.map((site) => <SiteName key={site.siteId} siteId={site.siteId} />)
        : t('colleagues.glance.allSites');
  const sitesPart = (
    <span key="sites">
      {t('colleagues.glance.sites')} {Array.isArray(siteNames) ? siteNames.flatMap((name, index) => (index > 0 ? [', ', name] : [name])) : siteNames}
    </span>
  );
  // A line of its own under the address, as the row's meta is inline text.
  return (
    <div>
      <MetaLine parts={[role && t('colleagues.glance.role', { role }), sitesPart, access.data.templateAdjusted ? t('colleagues.glance.adjusted') : null]} />
    </div>
  );
}
