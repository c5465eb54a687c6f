import { SegmentedControl, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MailBody } from './mail-body';

/**
 * What a mail says: its text with the links clickable, or, when it has one, its HTML as the recipient's
 * mail program shows it. The HTML runs in a sandboxed frame with no scripts, forms or navigation.
 */
export function MailContent({ text, html, links }: { text: string; html: string | null; links: string[] }) {
  const { t } = useTranslation();
  const [view, setView] = useState<'text' | 'html'>('text');
  if (!html) return <MailBody text={text} links={links} />;
  return (
    <Stack gap="xs">
      <SegmentedControl
        size="xs"
        value={view}
        onChange={(value) => setView(value === 'html' ? 'html' : 'text')}
        data={[
          { value: 'text', label: t('portalAccess.mail.asText') },
          { value: 'html', label: t('portalAccess.mail.asSent') },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      {view === 'text' ? (
        <MailBody text={text} links={links} />
      ) : (
        <iframe title={t('portalAccess.mail.htmlFrame')} sandbox="" srcDoc={html} style={{ width: '100%', height: 420, border: '1px solid var(--mantine-color-default-border)', borderRadius: 8, background: '#fff' }} />
      )}
    </Stack>
  );
}
