import { Button, Stack } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../components/password-field';
import { PASSWORD_MIN_LENGTH } from '../../features/auth/components/change-password-form';
import { isApiError } from '../../lib/api-client';
import { PortalErrorAlert } from '../components/detail-state';
import { isInvalidLinkError } from '../lib/use-portal-error';

function isPasswordError(error: unknown): boolean {
  if (!isApiError(error) || error.status !== 400) return false;
  const details = Array.isArray(error.details) ? (error.details as { path?: unknown }[]) : [];
  return details.some((detail) => typeof detail.path === 'string' && detail.path.includes('password'));
}

/**
 * "Choose a password" + "repeat it", for the invitation and reset links. The server checks the rules
 * again; its refusal of the password shows at the field, anything else above the form.
 */
export function NewPasswordForm({
  email,
  submitLabel,
  pending,
  error,
  onSubmit,
}: {
  /** The account's address when known, so password managers store the new password under it. */
  email?: string;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (password: string) => void;
}) {
  const { t } = useTranslation('portal');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<{ password?: string; confirm?: string }>({});

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next: typeof errors = {};
    if (password.length < PASSWORD_MIN_LENGTH) next.password = t('publicAuth.tooShort', { min: PASSWORD_MIN_LENGTH });
    if (confirm !== password) next.confirm = t('publicAuth.mismatch');
    setErrors(next);
    if (Object.keys(next).length === 0) onSubmit(password);
  }

  const passwordRefused = isPasswordError(error) && !isInvalidLinkError(error);
  return (
    <form onSubmit={submit} noValidate aria-label={submitLabel}>
      <Stack gap="md">
        {error && !passwordRefused ? <PortalErrorAlert title={t('publicAuth.failed')} error={error} /> : null}
        {email && <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />}
        <PasswordField
          label={t('publicAuth.newPassword')}
          name="newPassword"
          autoComplete="new-password"
          description={t('publicAuth.tooShort', { min: PASSWORD_MIN_LENGTH })}
          required
          withAsterisk={false}
          autoFocus
          value={password}
          onChange={(event) => {
            setPassword(event.currentTarget.value);
            setErrors((current) => ({ ...current, password: undefined }));
          }}
          error={errors.password ?? (passwordRefused ? t('publicAuth.passwordRefused') : undefined)}
        />
        <PasswordField
          label={t('publicAuth.confirmPassword')}
          name="confirmPassword"
          autoComplete="new-password"
          required
          withAsterisk={false}
          value={confirm}
          onChange={(event) => {
            setConfirm(event.currentTarget.value);
            setErrors((current) => ({ ...current, confirm: undefined }));
          }}
          error={errors.confirm}
        />
        <Button type="submit" fullWidth size="md" mt="xs" loading={pending}>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
