import { Alert } from '@mantine/core';
import { Icon } from './icons';
import { useErrorMessage } from '../lib/use-error-message';

/** A failed request as an alert; role="alert" so screen readers announce it. */
export function ErrorAlert({ title, error }: { title: string; error: unknown }) {
  const errorMessage = useErrorMessage();
  if (!error) return null;
  return (
    <Alert role="alert" color="red" variant="light" title={title} icon={<Icon name="alertCircle" />}>
      {errorMessage(error)}
    </Alert>
  );
}
