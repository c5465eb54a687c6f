import { Select, Switch, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiFormLayout, FormDrawer } from '../../../components/form-drawer';
import { PasswordField } from '../../../components/password-field';
import { emptyToNull, useApiForm } from '../../../lib/api-form';
import { notifySuccess } from '../../../lib/notify';
import { useCreateUser } from '../api/create-user';
import { useUpdateUser } from '../api/update-user';
import { STAFF_ROLES } from '../types';
import type { StaffRole, User } from '../types';

interface Values extends Record<string, unknown> {
  login: string;
  email: string;
  displayName: string;
  role: StaffRole;
  password: string;
  status: 'active' | 'disabled';
  mustChangePassword: boolean;
}

/** Staff users are created here (admins); portal users arrive through invitations and are only edited. */
function UserForm({ user, onSaved, onCancel }: { user?: User; onSaved: (u: User) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const form = useApiForm<Values>(
    {
      login: user?.login ?? '',
      email: user?.email ?? '',
      displayName: user?.displayName ?? '',
      role: user?.role ?? 'technician',
      password: '',
      status: user?.status === 'disabled' ? 'disabled' : 'active',
      mustChangePassword: user?.mustChangePassword ?? true,
    },
    { conflictField: 'login' },
  );
  const create = useCreateUser();
  const update = useUpdateUser();

  async function submit(values: Values) {
    let saved: User;
    if (user) {
      saved = await update.mutateAsync({
        id: user.id,
        patch: {
          displayName: values.displayName.trim(),
          email: emptyToNull(values.email),
          ...(user.kind === 'staff' ? { role: values.role } : {}),
          ...(user.status !== 'pending' ? { status: values.status } : {}),
          mustChangePassword: values.mustChangePassword,
        },
      });
    } else {
      saved = await create.mutateAsync({
        login: values.login.trim(),
        email: emptyToNull(values.email),
        displayName: values.displayName.trim(),
        role: values.role,
        ...(values.password ? { password: values.password } : {}),
      });
    }
    notifySuccess(user ? t('users.saved') : t('users.created'));
    onSaved(saved);
  }

  return (
    <ApiFormLayout form={form} onSubmit={submit} onCancel={onCancel} label={user ? t('users.edit') : t('users.new')}>
      {!user && <TextInput label={t('users.fields.login')} description={t('users.loginHint')} required autoComplete="off" {...form.text('login')} data-autofocus />}
      <TextInput label={t('users.fields.displayName')} required {...form.text('displayName')} />
      <TextInput label={t('users.fields.email')} type="email" {...form.text('email')} />
      {(!user || user.kind === 'staff') && (
        <Select
          label={t('users.fields.role')}
          description={t('users.roleHint')}
          data={STAFF_ROLES.map((role) => ({ value: role, label: t(`enums.role.${role}`) }))}
          value={form.values.role}
          onChange={(value) => value && form.setValue('role', value as StaffRole)}
          allowDeselect={false}
          error={form.errors.role}
        />
      )}
      {!user && (
        <PasswordField label={t('users.fields.password')} description={t('users.passwordHint')} autoComplete="new-password" {...form.text('password')} />
      )}
      {user && user.status !== 'pending' && (
        <Select
          label={t('common.status')}
          data={[
            { value: 'active', label: t('enums.userStatus.active') },
            { value: 'disabled', label: t('enums.userStatus.disabled') },
          ]}
          value={form.values.status}
          onChange={(value) => value && form.setValue('status', value as 'active' | 'disabled')}
          allowDeselect={false}
          error={form.errors.status}
          description={t('users.disableHint')}
        />
      )}
      {user && (
        <Switch
          label={t('users.fields.mustChangePassword')}
          checked={form.values.mustChangePassword}
          onChange={(event) => form.setValue('mustChangePassword', event.currentTarget.checked)}
        />
      )}
    </ApiFormLayout>
  );
}

export function UserFormDrawer({ opened, onClose, user, onSaved }: { opened: boolean; onClose: () => void; user?: User; onSaved?: (u: User) => void }) {
  const { t } = useTranslation();
  return (
    <FormDrawer opened={opened} onClose={onClose} title={user ? t('users.edit') : t('users.new')}>
      <UserForm
        user={user}
        onCancel={onClose}
        onSaved={(saved) => {
          onClose();
          onSaved?.(saved);
        }}
      />
    </FormDrawer>
  );
}
