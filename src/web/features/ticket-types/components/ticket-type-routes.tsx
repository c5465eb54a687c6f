import { ActionIcon, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EntityPicker } from '../../../components/entity-picker';
import { ErrorAlert } from '../../../components/error-alert';
import { Icon } from '../../../components/icons';
import { api } from '../../../lib/api-client';
import { notifySuccess } from '../../../lib/notify';
import { CustomerLink } from '../../customers/components/customer-link';
import { useCustomerPicker } from '../../customers/use-customer-picker';
import { StaffGroupName } from '../../staff-groups/components/staff-group-link';
import { useStaffGroupPicker } from '../../staff-groups/use-staff-group-picker';
import { UserLink } from '../../users/components/user-link';
import { useUserPicker } from '../../users/use-user-picker';
import type { TicketRouteInput, TicketType } from '../types';

const routesKey = (typeId: string) => ['ticket-types', 'routes', typeId] as const;

function useRouteChanges(typeId: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: routesKey(typeId) });
  const put = useMutation({
    mutationFn: ({ customerId, ...body }: TicketRouteInput & { customerId: string }) =>
      api.put('/ticket-types/{id}/routes/{customerId}', { params: { path: { id: typeId, customerId } }, body }),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (customerId: string) => api.delete('/ticket-types/{id}/routes/{customerId}', { params: { path: { id: typeId, customerId } } }),
    onSuccess: refresh,
  });
  return { put, remove };
}

/**
 * Per-customer routing of a ticket type: a customer (and its consolidated children) can have its own
 * responsible user or group, which wins over the type's default for new tickets.
 */
export function TicketTypeRoutes({ type }: { type: TicketType }) {
  const { t } = useTranslation();
  const routes = useQuery({ queryKey: routesKey(type.id), queryFn: ({ signal }) => api.get('/ticket-types/{id}/routes', { params: { path: { id: type.id } }, signal }) });
  const { put, remove } = useRouteChanges(type.id);
  const customers = useCustomerPicker();
  const staff = useUserPicker({ assignable: true });
  const groups = useStaffGroupPicker();
  const [draft, setDraft] = useState<{ customerId: string | null; userId: string | null; groupId: string | null }>({ customerId: null, userId: null, groupId: null });
  const canAdd = draft.customerId !== null && (draft.userId !== null || draft.groupId !== null);

  function add() {
    if (!draft.customerId) return;
    put.mutate(
      { customerId: draft.customerId, responsibleUserId: draft.userId, responsibleGroupId: draft.groupId },
      {
        onSuccess: () => {
          setDraft({ customerId: null, userId: null, groupId: null });
          notifySuccess(t('ticketTypes.routes.saved'));
        },
      },
    );
  }

  return (
    <Stack gap="sm">
      <Title order={3} size="h5">
        {t('ticketTypes.routes.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('ticketTypes.routes.intro')}
      </Text>
      <ErrorAlert title={t('ticketTypes.routes.failed')} error={routes.error ?? put.error ?? remove.error} />
      {routes.data && routes.data.length > 0 ? (
        <Table aria-label={t('ticketTypes.routes.title')} verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('common.customer')}</Table.Th>
              <Table.Th>{t('ticketTypes.routes.responsible')}</Table.Th>
              <Table.Th w={40} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {routes.data.map((route) => (
              <Table.Tr key={route.customerId}>
                <Table.Td>
                  <CustomerLink id={route.customerId} />
                </Table.Td>
                <Table.Td>{route.responsibleUserId ? <UserLink id={route.responsibleUserId} /> : <StaffGroupName id={route.responsibleGroupId} />}</Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('ticketTypes.routes.remove', { name: route.customerName })}
                    loading={remove.isPending && remove.variables === route.customerId}
                    onClick={() => remove.mutate(route.customerId, { onSuccess: () => notifySuccess(t('ticketTypes.routes.removed')) })}
                  >
                    <Icon name="trash" size={16} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        routes.data && (
          <Text size="sm" c="dimmed">
            {t('ticketTypes.routes.empty')}
          </Text>
        )
      )}
      <Stack gap="xs">
        <EntityPicker label={t('common.customer')} source={customers} value={draft.customerId} onChange={(id) => setDraft((d) => ({ ...d, customerId: id }))} />
        <Group grow align="flex-start">
          <EntityPicker label={t('ticketTypes.routes.user')} source={staff} value={draft.userId} onChange={(id) => setDraft((d) => ({ ...d, userId: id }))} />
          <EntityPicker label={t('ticketTypes.routes.group')} source={groups} value={draft.groupId} onChange={(id) => setDraft((d) => ({ ...d, groupId: id }))} />
        </Group>
        <Group>
          <Button variant="light" leftSection={<Icon name="plus" size={16} />} disabled={!canAdd} loading={put.isPending} onClick={add}>
            {t('ticketTypes.routes.add')}
          </Button>
        </Group>
      </Stack>
    </Stack>
  );
}
