import { Alert, Center, Loader, Paper } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state';
import { Icon } from '../../components/icons';
import { isApiError } from '../../lib/api-client';
import { usePortalErrorMessage } from '../lib/use-portal-error';

export function PortalLoader() {
  const { t } = useTranslation('portal');
  return (
    <Center py={80} role="status" aria-label={t('common.loading')}>
      <Loader />
    </Center>
  );
}

/** A failed request as an alert in the portal's wording; role="alert" so screen readers announce it. */
export function PortalErrorAlert({ title, error }: { title: string; error: unknown }) {
  const message = usePortalErrorMessage();
  if (!error) return null;
  return (
    <Alert role="alert" color="red" variant="light" title={title} icon={<Icon name="alertCircle" />}>
      {message(error)}
    </Alert>
  );
}

/**
 * A detail page once its record is loaded. A record the user may not see and one that does not exist
 * answer the same 404, and the page says the same for both.
 */
export function DetailState<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  const { t } = useTranslation('portal');
  if (query.isPending) return <PortalLoader />;
  if (query.isError) {
    if (isApiError(query.error) && (query.error.status === 404 || query.error.status === 400)) {
      return (
        <Paper withBorder radius="md">
          <EmptyState icon="alertCircle" title={t('common.notFoundTitle')} message={t('common.notFoundMessage')} />
        </Paper>
      );
    }
    return <PortalErrorAlert title={t('common.loadFailed')} error={query.error} />;
  }
  return <>{children(query.data)}</>;
}
