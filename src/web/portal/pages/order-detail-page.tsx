import { Paper, Stack, Stepper, useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Field, FieldGrid } from '../../components/field-grid';
import { useFormat } from '../../lib/format';
import { useOrder } from '../api/records';
import { ApprovalPanel } from '../components/approval-panel';
import { DetailState } from '../components/detail-state';
import { FilesSection } from '../components/files-section';
import { PortalPageHeader } from '../components/page-header';
import { SiteName } from '../components/record-names';
import { FlagBadges, StatusBadge } from '../components/status-badge';
import type { Order } from '../lib/types';

const ORDER_STEPS = ['received', 'in_production', 'ready', 'shipped', 'completed'] as const;

function OrderDetail({ order }: { order: Order }) {
  const { t } = useTranslation('portal');
  const format = useFormat();
  const step = ORDER_STEPS.indexOf(order.status as (typeof ORDER_STEPS)[number]);
  const theme = useMantineTheme();
  // Five steps side by side do not fit a phone; there they stack.
  const wide = useMediaQuery(`(min-width: ${theme.breakpoints.md})`, true, { getInitialValueInEffect: false });
  return (
    <Stack gap="xl">
      <PortalPageHeader
        title={order.title}
        back={{ to: '/portal/orders', label: t('orders.back') }}
        subtitle={order.number}
        badges={
          <>
            <StatusBadge group="orderStatus" value={order.status} size="md" />
            <FlagBadges flags={order.flags} />
          </>
        }
      />
      {order.status !== 'cancelled' && (
        <Paper withBorder radius="md" p="lg" aria-label={t('orders.progress')} role="group">
          <Stepper active={step === ORDER_STEPS.length - 1 ? ORDER_STEPS.length : step} size="sm" allowNextStepsSelect={false} orientation={wide ? 'horizontal' : 'vertical'}>
            {ORDER_STEPS.map((status) => (
              <Stepper.Step key={status} label={t(`enums.orderStatus.${status}`)} />
            ))}
          </Stepper>
        </Paper>
      )}
      <FieldGrid cols={3}>
        <Field label={t('orders.deadline')}>{order.deadline ? format.date(order.deadline) : null}</Field>
        <Field label={t('orders.placed')}>{format.date(order.createdAt)}</Field>
        {order.siteId && (
          <Field label={t('orders.site')}>
            <SiteName siteId={order.siteId} />
          </Field>
        )}
      </FieldGrid>
      <ApprovalPanel recordType="order" record={order} />
      <FilesSection resourceType="order" resourceId={order.id} siteId={order.siteId} />
    </Stack>
  );
}

/** /portal/orders/:id: an order's status, deadline, flags and files (its tasks are internal and never shown). */
export function OrderDetailPage() {
  const { id } = useParams();
  const order = useOrder(id);
  return <DetailState query={order}>{(data) => <OrderDetail order={data} />}</DetailState>;
}
