import { Center, Loader, Paper } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../lib/api-client';
import { EmptyState } from './empty-state';
import { ErrorAlert } from './error-alert';

/**
 * Renders a detail page once its record is loaded: a loader first, "not found" for a 404 (missing,
 * archived away or not visible — the API does not tell them apart), an alert for other errors.
 */
export function QueryState<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  if (query.isPending) {
    return (
      <Center py={80} role="status" aria-label={t('app.loading')}>
        <Loader />
      </Center>
    );
  }
  if (query.isError) {
    if (isApiError(query.error) && (query.error.status === 404 || query.error.status === 400)) {
      return (
        <Paper withBorder radius="md">
          <EmptyState icon="alertCircle" title={t('detail.notFoundTitle')} message={t('detail.notFoundMessage')} />
        </Paper>
      );
    }
    return <ErrorAlert title={t('detail.loadFailed')} error={query.error} />;
  }
  return <>{children(query.data)}</>;
}
