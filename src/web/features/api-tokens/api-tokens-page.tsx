import { Badge, Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { QueryState } from '../../components/query-state';
import { useFormat } from '../../lib/format';
import { usePageTitle } from '../../lib/use-page-title';
import { useSignedInUser } from '../auth/use-signed-in-user';
import { useMyApiTokens, useRevokeApiToken, type ApiToken } from './api';
import { CreateApiTokenForm } from './create-api-token-form';

function tokenState(token: ApiToken): 'revoked' | 'expired' | 'active' {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && Date.parse(token.expiresAt) <= Date.now()) return 'expired';
  return 'active';
}

function TokenRows({ tokens, userId }: { tokens: ApiToken[]; userId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const revoke = useRevokeApiToken(userId);
  return (
    <>
      <ErrorAlert title={t('apiTokens.revokeFailed')} error={revoke.error} />
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="sm" aria-label={t('apiTokens.listLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('apiTokens.name')}</Table.Th>
              <Table.Th>{t('apiTokens.token')}</Table.Th>
              <Table.Th>{t('apiTokens.lastUsed')}</Table.Th>
              <Table.Th>{t('apiTokens.expires')}</Table.Th>
              <Table.Th>{t('apiTokens.state')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tokens.map((token) => {
              const state = tokenState(token);
              return (
                <Table.Tr key={token.id}>
                  <Table.Td fw={500}>{token.name}</Table.Td>
                  <Table.Td ff="monospace">{token.prefix}…</Table.Td>
                  <Table.Td>{token.lastUsedAt ? format.dateTime(token.lastUsedAt) : t('apiTokens.neverUsed')}</Table.Td>
                  <Table.Td>{token.expiresAt ? format.dateTime(token.expiresAt) : t('apiTokens.noExpiry')}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={state === 'active' ? 'teal' : 'gray'}>
                      {t(`apiTokens.states.${state}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td ta="right">
                    {state === 'active' && (
                      <Button size="xs" variant="default" color="red" loading={revoke.isPending && revoke.variables === token.id} onClick={() => revoke.mutate(token.id)} aria-label={t('apiTokens.revokeNamed', { name: token.name })}>
                        {t('apiTokens.revoke')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}

/** /account/api-tokens: a staff user's tokens for integrations (`Authorization: Bearer …`). */
export function ApiTokensPage() {
  const { t } = useTranslation();
  usePageTitle(t('apiTokens.title'));
  const me = useSignedInUser();
  const tokens = useMyApiTokens(me.id);
  return (
    <Stack maw={880} gap="lg">
      <div>
        <Title order={1} fz="h2">
          {t('apiTokens.title')}
        </Title>
        <Text c="dimmed" mt={4}>
          {t('apiTokens.intro')}
        </Text>
      </div>
      <CreateApiTokenForm userId={me.id} />
      <Paper withBorder radius="md">
        <QueryState query={tokens}>
          {(page) => (page.items.length === 0 ? <Text c="dimmed" p="lg">{t('apiTokens.empty')}</Text> : <TokenRows tokens={page.items} userId={me.id} />)}
        </QueryState>
      </Paper>
    </Stack>
  );
}
