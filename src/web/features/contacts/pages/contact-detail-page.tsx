import { Anchor, Badge, Button, Group, Stack, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ConfirmArchiveButton } from '../../../components/confirm-archive-button';
import { Field, FieldGrid } from '../../../components/field-grid';
import { Icon } from '../../../components/icons';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { useFormat } from '../../../lib/format';
import { useStaffCan } from '../../../lib/permissions';
import { useCustomer } from '../../customers/api/get-customer';
import { CustomerLink } from '../../customers/components/customer-link';
import { SiteLink } from '../../sites/components/site-link';
import { useArchiveContact } from '../api/archive-contact';
import { useContact } from '../api/get-contact';
import { ContactFormDrawer } from '../components/contact-form';
import type { Contact } from '../types';
import { ArchivedBadge } from '../../../components/archived-badge';
import { RelatedList } from '../../../components/related-list';
import { useUsers } from '../../users/api/list-users';
import { useUserColumns } from '../../users/components/user-columns';

/** /staff/contacts/:id */
export function ContactDetailPage() {
  const { id = '' } = useParams();
  const contact = useContact(id);
  return <QueryState query={contact}>{(data) => <ContactDetail contact={data} />}</QueryState>;
}

function ContactDetail({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const format = useFormat();
  const canManage = useStaffCan('manage_customers');
  const archive = useArchiveContact();
  const customer = useCustomer(contact.customerId);
  const [editOpened, edit] = useDisclosure(false);
  const breadcrumbs = [{ label: t('staff.nav.contacts'), to: '/staff/contacts' }];
  if (customer.data) breadcrumbs.push({ label: customer.data.name, to: `/staff/customers/${contact.customerId}` });

  return (
    <Stack gap="lg">
      <PageHeader
        title={contact.name}
        breadcrumbs={breadcrumbs}
        subtitle={contact.jobTitle}
        badges={<ArchivedBadge archivedAt={contact.archivedAt} />}
        actions={
          canManage && (
            <>
              <Button variant="default" leftSection={<Icon name="pencil" size={16} />} onClick={edit.open}>
                {t('app.edit')}
              </Button>
              {!contact.archivedAt && (
                <ConfirmArchiveButton name={contact.name} onConfirm={() => archive.mutateAsync(contact.id)} onArchived={() => void navigate('/staff/contacts')} />
              )}
            </>
          )
        }
      />
      <FieldGrid>
        <Field label={t('common.customer')}>
          <CustomerLink id={contact.customerId} />
        </Field>
        <Field label={t('contacts.fields.email')}>{contact.email && <Anchor href={`mailto:${contact.email}`}>{contact.email}</Anchor>}</Field>
        <Field label={t('contacts.fields.phone')}>{contact.phone}</Field>
        <Field label={t('common.updatedAt')}>{format.dateTime(contact.updatedAt)}</Field>
      </FieldGrid>
      <Stack gap="xs">
        <Title order={2} fz="h4">
          {t('contacts.fields.sites')}
        </Title>
        {contact.siteIds.length === 0 ? (
          <Badge variant="default" radius="sm" style={{ textTransform: 'none' }}>
            {t('contacts.noSites')}
          </Badge>
        ) : (
          <Group gap="md">
            {contact.siteIds.map((siteId) => (
              <Group key={siteId} gap={6}>
                <Icon name="mapPin" size={16} />
                <SiteLink id={siteId} />
              </Group>
            ))}
          </Group>
        )}
      </Stack>
      {canManage && <ContactPortalUsers contact={contact} />}
      <ContactFormDrawer opened={editOpened} onClose={edit.close} contact={contact} />
    </Stack>
  );
}

/** The portal users linked to the contact: while they take its sites, changing the sites changes what they see. */
function ContactPortalUsers({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const columns = useUserColumns({ portalUsersOfOneCustomer: true });
  return (
    <Stack gap="xs">
      <Title order={2} fz="h4">
        {t('customers.portalUsers')}
      </Title>
      <RelatedList
        label={t('contacts.portalUsersOf', { name: contact.name })}
        fixedParams={{ contactId: contact.id, kind: 'external' }}
        useList={useUsers}
        columns={columns}
        rowHref={(user) => `/staff/users/${user.id}`}
        empty={{ icon: 'users', title: t('contacts.portalUsersEmptyTitle'), message: t('contacts.portalUsersEmpty') }}
      />
    </Stack>
  );
}
