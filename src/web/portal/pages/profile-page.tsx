import { Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Field, FieldGrid } from '../../components/field-grid';
import { Icon } from '../../components/icons';
import { LanguagePicker } from '../../components/language-picker';
import { useFormat } from '../../lib/format';
import { useMyCustomers } from '../api/records';
import { PortalPageHeader } from '../components/page-header';
import { usePortalAccess } from '../lib/portal-me';
import { usePortalSites } from '../lib/site-filter';

/** /portal/profile: the user's own record, what they may do, and the way to change the password. */
export function ProfilePage() {
  const { t } = useTranslation('portal');
  const format = useFormat();
  const access = usePortalAccess();
  const { me, facts } = access;
  const customers = useMyCustomers();
  const sites = usePortalSites();
  const writableNames = (sites.data?.items ?? []).filter((site) => facts.writableSiteIds.includes(site.id)).map((site) => site.name);
  const capabilities = [
    facts.capabilities.createTickets && t('profile.capCreateTickets'),
    facts.capabilities.manageDevices && t('profile.capManageDevices'),
    facts.capabilities.uploadFiles && t('profile.capUploadFiles'),
    facts.capabilities.customerAdmin && t('profile.capCustomerAdmin'),
    facts.capabilities.approve &&
      (facts.capabilities.approvalLimit === null ? t('profile.capApprove') : t('profile.capApproveUpTo', { limit: format.cents(facts.capabilities.approvalLimit) })),
  ].filter(Boolean);
  return (
    <Stack gap="xl" maw={900}>
      <PortalPageHeader
        title={t('profile.title')}
        subtitle={t('profile.subtitle')}
        actions={
          !access.previewing && (
            <Button component={Link} to="/account/password" variant="default" leftSection={<Icon name="lock" size={16} />}>
              {t('profile.changePassword')}
            </Button>
          )
        }
      />
      <FieldGrid cols={2}>
        <Field label={t('profile.name')}>{me.displayName}</Field>
        <Field label={t('profile.login')}>{me.login}</Field>
        <Field label={t('profile.email')}>{me.email}</Field>
        <Field label={t('profile.customer')}>{customers.data?.items.map((customer) => customer.name).join(', ')}</Field>
        <Field label={t('profile.lastLogin')}>{me.lastLoginAt ? format.dateTime(me.lastLoginAt) : null}</Field>
        <Field label={t('profile.sites')}>{facts.sitesRestricted ? t('profile.sitesRestricted', { sites: writableNames.join(', ') || '—' }) : t('profile.sitesAll')}</Field>
      </FieldGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <Paper withBorder radius="md" p="lg">
          <Text fw={600} mb="xs">
            {t('profile.whatYouCanDo')}
          </Text>
          {capabilities.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('profile.viewOnly')}
            </Text>
          ) : (
            <Stack gap={6}>
              {capabilities.map((capability) => (
                <Group key={String(capability)} gap="xs" wrap="nowrap">
                  <Icon name="check" size={16} color="var(--mantine-color-green-7)" />
                  <Text size="sm">{capability}</Text>
                </Group>
              ))}
            </Stack>
          )}
        </Paper>
        <Paper withBorder radius="md" p="lg">
          <Text fw={600} mb="xs">
            {t('profile.language')}
          </Text>
          <Text size="sm" c="dimmed" mb="sm">
            {t('profile.languageHint')}
          </Text>
          <LanguagePicker />
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
