import { Button, Grid, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ConfirmArchiveButton } from '../../../components/confirm-archive-button';
import { EnumBadge } from '../../../components/enum-badge';
import { Field, FieldGrid } from '../../../components/field-grid';
import { Icon } from '../../../components/icons';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { useFormat } from '../../../lib/format';
import { useStaffCan } from '../../../lib/permissions';
import { DueDate } from '../../assets/components/asset-columns';
import { StaffApprovalPanel } from '../../approvals/components/staff-approval-panel';
import { CustomerLink } from '../../customers/components/customer-link';
import { FilesPanel } from '../../files/components/files-panel';
import { FlagsEditor } from '../../flags/components/flags-editor';
import { SiteLink } from '../../sites/components/site-link';
import { TasksPanel } from '../../tasks/components/tasks-panel';
import { UserLink } from '../../users/components/user-link';
import { RecordPortalAccessButton } from '../../portal-access/components/record-portal-access-button';
import { useArchiveOrder } from '../api/archive-order';
import { useOrder } from '../api/get-order';
import { OrderFormDrawer } from '../components/order-form';
import type { Order } from '../types';
import { ArchivedBadge } from '../../../components/archived-badge';

/** /staff/orders/:id: status, deadline, flags, internal tasks and files of an order. */
export function OrderDetailPage() {
  const { id = '' } = useParams();
  const order = useOrder(id);
  return <QueryState query={order}>{(data) => <OrderDetail order={data} />}</QueryState>;
}

function OrderDetail({ order }: { order: Order }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const format = useFormat();
  const canWork = useStaffCan('manage_records');
  const archive = useArchiveOrder();
  const [editOpened, edit] = useDisclosure(false);

  return (
    <Stack gap="lg">
      <PageHeader
        title={order.title}
        breadcrumbs={[{ label: t('staff.nav.orders'), to: '/staff/orders' }]}
        subtitle={
          <Text span ff="monospace" size="sm">
            {order.number}
          </Text>
        }
        badges={
          <Group gap={6}>
            <EnumBadge group="orderStatus" value={order.status} />
            <ArchivedBadge archivedAt={order.archivedAt} />
          </Group>
        }
        actions={
          canWork && (
            <>
              <RecordPortalAccessButton resourceType="order" resourceId={order.id} customerId={order.customerId} name={order.title} />
              <Button variant="default" leftSection={<Icon name="pencil" size={16} />} onClick={edit.open}>
                {t('app.edit')}
              </Button>
              {!order.archivedAt && <ConfirmArchiveButton name={order.number} onConfirm={() => archive.mutateAsync(order.id)} onArchived={() => void navigate('/staff/orders')} />}
            </>
          )
        }
      />
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="lg">
            <FieldGrid>
              <Field label={t('common.customer')}>
                <CustomerLink id={order.customerId} />
              </Field>
              <Field label={t('common.site')}>{order.siteId ? <SiteLink id={order.siteId} /> : null}</Field>
              <Field label={t('orders.fields.deadline')}>
                {['shipped', 'completed', 'cancelled'].includes(order.status) ? format.date(order.deadline) : <DueDate value={order.deadline} />}
              </Field>
              <Field label={t('orders.fields.placedBy')}>{order.placedByUserId ? <UserLink id={order.placedByUserId} /> : t('orders.placedByStaff')}</Field>
              <Field label={t('common.createdAt')}>{format.dateTime(order.createdAt)}</Field>
              <Field label={t('common.updatedAt')}>{format.dateTime(order.updatedAt)}</Field>
              {order.internalNotes !== undefined && (
                <Field label={t('orders.fields.internalNotes')} span>
                  {order.internalNotes}
                </Field>
              )}
            </FieldGrid>
            <Tabs defaultValue="files" keepMounted={false}>
              <Tabs.List>
                <Tabs.Tab value="files" leftSection={<Icon name="paperclip" size={16} />}>
                  {t('files.title')}
                </Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="files" pt="md">
                <FilesPanel resourceType="order" resourceId={order.id} canEdit={canWork} />
              </Tabs.Panel>
            </Tabs>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="lg">
            <StaffApprovalPanel recordType="order" record={order} canWork={canWork && !order.archivedAt} requestable />
            <Stack gap="xs">
              <Title order={2} fz="h4">
                {t('flags.title')}
              </Title>
              <FlagsEditor resourceType="order" resourceId={order.id} canEdit={canWork} />
            </Stack>
            <Stack gap="xs">
              <Title order={2} fz="h4">
                {t('tasks.title')}
              </Title>
              <TasksPanel owner="orders" ownerId={order.id} canEdit={canWork} internal />
            </Stack>
          </Stack>
        </Grid.Col>
      </Grid>
      <OrderFormDrawer opened={editOpened} onClose={edit.close} order={order} />
    </Stack>
  );
}
