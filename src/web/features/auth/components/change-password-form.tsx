import { Button, Stack } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { PasswordField } from '../../../components/password-field';
import { useChangePassword } from '../api/change-password';
import { useSignedInUser } from '../use-signed-in-user';

/** Mirrors the server's rule (auth/passwords.ts) so most mistakes are caught before a round trip. */
export const PASSWORD_MIN_LENGTH = 10;

interface FieldErrors {
  currentPassword?: string;
  newPassword?: string;
  confirmPassword?: string;
}

export function ChangePasswordForm({ onChanged, submitFullWidth = false }: { onChanged?: () => void; submitFullWidth?: boolean }) {
  const { t } = useTranslation();
  const me = useSignedInUser();
  const changePassword = useChangePassword();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmPassword, setConfirmPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  function validate(): FieldErrors {
    const errors: FieldErrors = {};
    if (currentPassword === '') errors.currentPassword = t('auth.password.currentRequired');
    if (newPassword.length < PASSWORD_MIN_LENGTH) errors.newPassword = t('auth.password.tooShort', { min: PASSWORD_MIN_LENGTH });
    else if (newPassword === currentPassword) errors.newPassword = t('auth.password.sameAsCurrent');
    if (confirmPassword !== newPassword) errors.confirmPassword = t('auth.password.mismatch');
    return errors;
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors = validate();
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) return;
    changePassword.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setCurrentPassword('');
          setNewPassword('');
          setConfirmPassword('');
          onChanged?.();
        },
      },
    );
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={t('auth.password.title')}>
      {/* Every field is required (aria-required); asterisks on each would only be noise. */}
      <Stack gap="md">
        {/* Tells password managers which account the new password belongs to. */}
        <input type="text" name="username" autoComplete="username" value={me.login} readOnly hidden />
        <ErrorAlert title={t('auth.password.failed')} error={changePassword.error} />
        <PasswordField
          label={t('auth.password.currentLabel')}
          name="currentPassword"
          autoComplete="current-password"
          required
          withAsterisk={false}
          value={currentPassword}
          onChange={(event) => setCurrentPassword(event.currentTarget.value)}
          error={fieldErrors.currentPassword}
        />
        <PasswordField
          label={t('auth.password.newLabel')}
          name="newPassword"
          autoComplete="new-password"
          required
          withAsterisk={false}
          description={t('auth.password.tooShort', { min: PASSWORD_MIN_LENGTH })}
          value={newPassword}
          onChange={(event) => setNewPassword(event.currentTarget.value)}
          error={fieldErrors.newPassword}
        />
        <PasswordField
          label={t('auth.password.confirmLabel')}
          name="confirmPassword"
          autoComplete="new-password"
          required
          withAsterisk={false}
          value={confirmPassword}
          onChange={(event) => setConfirmPassword(event.currentTarget.value)}
          error={fieldErrors.confirmPassword}
        />
        <Button type="submit" fullWidth={submitFullWidth} loading={changePassword.isPending} style={{ alignSelf: submitFullWidth ? undefined : 'flex-start' }}>
          {t('auth.password.submit')}
        </Button>
      </Stack>
    </form>
  );
}
