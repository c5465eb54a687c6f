import { Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { EmptyState } from '../components/empty-state';
import { usePageTitle } from '../lib/use-page-title';
import { usePortalAccess } from './lib/portal-me';
import type { PortalArea } from './lib/types';

function AreaOff() {
  const { t } = useTranslation('portal');
  usePageTitle(t('common.areaOffTitle'));
  return (
    <Paper withBorder radius="md">
      <EmptyState icon="lock" title={t('common.areaOffTitle')} message={t('common.areaOffMessage')} />
    </Paper>
  );
}

/**
 * Pages of an area that is switched off for this user's customer say so instead of showing an empty
 * list (a bookmark from before the change); the API would refuse or answer nothing anyway.
 */
export function RequirePortalArea({ area }: { area: PortalArea | readonly PortalArea[] }) {
  const access = usePortalAccess();
  return access.has(area) ? <Outlet /> : <AreaOff />;
}
