import { Anchor, Drawer, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Field, FieldGrid } from '../../../components/field-grid';
import { QueryState } from '../../../components/query-state';
import { useFormat } from '../../../lib/format';
import { useMailOutboxMail } from '../api/get-mail-outbox';
import { useMailKindLabels } from '../mail-kind-labels';
import { MailContent } from './mail-content';
import { MailStatusBadge } from './mail-status-badge';

/** One mail of the log: delivery state, attempts, and what it says with its links (admins). */
export function MailDetailDrawer({ mailId, onClose }: { mailId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const kinds = useMailKindLabels();
  const mail = useMailOutboxMail(mailId);
  return (
    <Drawer opened={mailId !== null} onClose={onClose} title={mail.data?.subject ?? t('portalAccess.mail.subject')} position="right" size="lg" closeButtonProps={{ 'aria-label': t('app.close') }}>
      {mailId && (
        <QueryState query={mail}>
          {(opened) => (
            <Stack gap="md">
              <FieldGrid cols={2}>
                <Field label={t('portalAccess.mail.to')}>{opened.to}</Field>
                <Field label={t('portalAccess.mail.status')}>
                  <MailStatusBadge mail={opened} />
                </Field>
                <Field label={t('portalAccess.mail.attempts')}>{opened.attempts}</Field>
                <Field label={t('portalAccess.mail.kind')}>{kinds.kind(opened.kind)}</Field>
                <Field label={t('portalAccess.mail.createdAt')}>{format.dateTime(opened.createdAt)}</Field>
                <Field label={opened.sentAt ? t('portalAccess.mail.sentAt') : t('portalAccess.mail.nextAttemptAt')}>{format.dateTime(opened.sentAt ?? opened.nextAttemptAt)}</Field>
                {opened.replyTo && <Field label={t('portalAccess.mail.replyTo')}>{opened.replyTo}</Field>}
                {opened.lastError && (
                  <Field label={t('portalAccess.mail.lastError')} span>
                    {opened.lastError}
                  </Field>
                )}
              </FieldGrid>
              <Text fw={600} size="sm">
                {t('portalAccess.mail.links')}
              </Text>
              {opened.links.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('portalAccess.mail.noLinks')}
                </Text>
              ) : (
                <List size="sm" spacing={4}>
                  {opened.links.map((link) => (
                    <List.Item key={link} style={{ overflowWrap: 'anywhere' }}>
                      <Anchor href={link} target="_blank" rel="noreferrer" size="sm">
                        {link}
                      </Anchor>
                    </List.Item>
                  ))}
                </List>
              )}
              <Text fw={600} size="sm">
                {t('portalAccess.mail.body')}
              </Text>
              <MailContent text={opened.text} html={opened.html} links={opened.links} />
            </Stack>
          )}
        </QueryState>
      )}
    </Drawer>
  );
}
