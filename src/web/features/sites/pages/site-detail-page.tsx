import { Badge, Button, Group, Stack, Tabs } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ConfirmArchiveButton } from '../../../components/confirm-archive-button';
import { Field, FieldGrid } from '../../../components/field-grid';
import { Icon } from '../../../components/icons';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { RelatedList } from '../../../components/related-list';
import { useFormat } from '../../../lib/format';
import { useStaffCan } from '../../../lib/permissions';
import { useAncestors } from '../../../lib/use-ancestors';
import { useAssets } from '../../assets/api/list-assets';
import { useAssetColumns } from '../../assets/components/asset-columns';
import { AssetFormDrawer } from '../../assets/components/asset-form';
import { AssetLabelsButton } from '../../assets/components/asset-labels-button';
import { useContacts } from '../../contacts/api/list-contacts';
import { useContactColumns } from '../../contacts/components/contact-columns';
import { useCustomer } from '../../customers/api/get-customer';
import { CustomerLink } from '../../customers/components/customer-link';
import { FilesPanel } from '../../files/components/files-panel';
import { useArchiveSite } from '../api/archive-site';
import { getSite, useSite } from '../api/get-site';
import { siteKeys } from '../api/keys';
import { useSites } from '../api/list-sites';
import { siteAddress, useSiteColumns } from '../components/site-columns';
import { SiteFormDrawer } from '../components/site-form';
import { SiteLink } from '../components/site-link';
import type { Site } from '../types';
import { ArchivedBadge } from '../../../components/archived-badge';

/** /staff/sites/:id: a site with its sub-sites, assets, related contacts and files. */
export function SiteDetailPage() {
  const { id = '' } = useParams();
  const site = useSite(id);
  return <QueryState query={site}>{(data) => <SiteDetail site={data} />}</QueryState>;
}

function SiteDetail({ site }: { site: Site }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const format = useFormat();
  const canManage = useStaffCan('manage_customers');
  const canWork = useStaffCan('manage_records');
  const archive = useArchiveSite();
  const customer = useCustomer(site.customerId);
  const ancestors = useAncestors('sites', site, (s) => s.parentId, { detailKey: siteKeys.detail, get: (id) => getSite(id) });
  const [editOpened, edit] = useDisclosure(false);
  const [subOpened, subForm] = useDisclosure(false);
  const [assetOpened, assetForm] = useDisclosure(false);
  const siteColumns = useSiteColumns({ withCustomer: false });
  const assetColumns = useAssetColumns({ withCustomer: false, withSite: false });
  const contactColumns = useContactColumns({ withCustomer: false });

  const breadcrumbs = [{ label: t('staff.nav.customers'), to: '/staff/customers' }];
  if (customer.data) breadcrumbs.push({ label: customer.data.name, to: `/staff/customers/${site.customerId}` });
  for (const parent of ancestors.data ?? []) breadcrumbs.push({ label: parent.name, to: `/staff/sites/${parent.id}` });

  return (
    <Stack gap="lg">
      <PageHeader
        title={site.name}
        breadcrumbs={breadcrumbs}
        badges={
          <Group gap={6}>
            <Badge variant="light" radius="sm" style={{ textTransform: 'none' }}>
              {t(`enums.siteKind.${site.kind}`)}
            </Badge>
            <ArchivedBadge archivedAt={site.archivedAt} />
          </Group>
        }
        actions={
          <>
            <AssetLabelsButton siteId={site.id} />
            {canManage && (
              <>
                <Button variant="default" leftSection={<Icon name="pencil" size={16} />} onClick={edit.open}>
                  {t('app.edit')}
                </Button>
                {!site.archivedAt && (
                  <ConfirmArchiveButton name={site.name} onConfirm={() => archive.mutateAsync(site.id)} onArchived={() => void navigate(`/staff/customers/${site.customerId}`)} />
                )}
              </>
            )}
          </>
        }
      />
      <FieldGrid>
        <Field label={t('common.customer')}>
          <CustomerLink id={site.customerId} />
        </Field>
        <Field label={t('sites.fields.parent')}>{site.parentId ? <SiteLink id={site.parentId} /> : null}</Field>
        <Field label={t('sites.fields.address')}>{siteAddress(site)}</Field>
        <Field label={t('common.updatedAt')}>{format.dateTime(site.updatedAt)}</Field>
        {site.internalNotes !== undefined && (
          <Field label={t('sites.fields.internalNotes')} span>
            {site.internalNotes}
          </Field>
        )}
      </FieldGrid>
      <Tabs defaultValue="assets" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="assets" leftSection={<Icon name="box" size={16} />}>
            {t('staff.nav.assets')}
          </Tabs.Tab>
          <Tabs.Tab value="subSites" leftSection={<Icon name="mapPin" size={16} />}>
            {t('sites.subSites')}
          </Tabs.Tab>
          <Tabs.Tab value="contacts" leftSection={<Icon name="addressBook" size={16} />}>
            {t('staff.nav.contacts')}
          </Tabs.Tab>
          <Tabs.Tab value="files" leftSection={<Icon name="paperclip" size={16} />}>
            {t('files.title')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="assets" pt="md">
          <RelatedList
            label={t('sites.assetsAt', { name: site.name })}
            fixedParams={{ siteId: site.id }}
            useList={useAssets}
            columns={assetColumns}
            rowHref={(asset) => `/staff/assets/${asset.id}`}
            searchLabel={t('assets.search')}
            empty={{ icon: 'box', title: t('assets.emptyTitle'), message: t('sites.assetsEmpty') }}
            actions={
              canWork && (
                <Button variant="light" leftSection={<Icon name="plus" size={16} />} onClick={assetForm.open}>
                  {t('assets.new')}
                </Button>
              )
            }
          />
        </Tabs.Panel>
        <Tabs.Panel value="subSites" pt="md">
          <RelatedList
            label={t('sites.subSitesOf', { name: site.name })}
            fixedParams={{ parentId: site.id }}
            useList={useSites}
            columns={siteColumns}
            rowHref={(sub) => `/staff/sites/${sub.id}`}
            empty={{ icon: 'mapPin', title: t('sites.subSitesEmptyTitle'), message: t('sites.subSitesEmpty') }}
            actions={
              canManage && (
                <Button variant="light" leftSection={<Icon name="plus" size={16} />} onClick={subForm.open}>
                  {t('sites.newSubSite')}
                </Button>
              )
            }
          />
        </Tabs.Panel>
        <Tabs.Panel value="contacts" pt="md">
          <RelatedList
            label={t('sites.contactsAt', { name: site.name })}
            fixedParams={{ siteId: site.id }}
            useList={useContacts}
            columns={contactColumns}
            rowHref={(contact) => `/staff/contacts/${contact.id}`}
            empty={{ icon: 'addressBook', title: t('contacts.emptyTitle'), message: t('sites.contactsEmpty') }}
          />
        </Tabs.Panel>
        <Tabs.Panel value="files" pt="md">
          <FilesPanel resourceType="site" resourceId={site.id} canEdit={canWork} />
        </Tabs.Panel>
      </Tabs>
      <SiteFormDrawer opened={editOpened} onClose={edit.close} site={site} />
      <SiteFormDrawer opened={subOpened} onClose={subForm.close} customerId={site.customerId} parentId={site.id} />
      <AssetFormDrawer opened={assetOpened} onClose={assetForm.close} customerId={site.customerId} siteId={site.id} />
    </Stack>
  );
}
