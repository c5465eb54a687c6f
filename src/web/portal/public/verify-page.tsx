import { Alert, Anchor, Button, Code, FileInput, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Icon } from '../../components/icons';
import { AuthScreen } from '../../features/auth/components/auth-screen';
import { isApiError } from '../../lib/api-client';
import { useFormat } from '../../lib/format';
import { usePageTitle } from '../../lib/use-page-title';
import { useVerification } from '../api/issued-documents';
import { PortalErrorAlert } from '../components/detail-state';

async function sha256Hex(file: File): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Compares a PDF the visitor holds with the issued one, in the browser: the file never leaves the device. */
function CompareFile({ sha256 }: { sha256: string }) {
  const { t } = useTranslation('portal');
  const [match, setMatch] = useState<boolean | null>(null);
  // Hashing needs a secure context (https or localhost); elsewhere the page shows the hash only.
  if (typeof crypto === 'undefined' || !crypto.subtle) return null;
  return (
    <Stack gap="xs">
      <FileInput
        label={t('verify.compareLabel')}
        description={t('verify.compareHint')}
        accept="application/pdf"
        clearable
        onChange={(file) => {
          setMatch(null);
          if (file) void sha256Hex(file).then((hex) => setMatch(hex === sha256));
        }}
      />
      {match === true && (
        <Alert color="teal" variant="light" icon={<Icon name="check" />} role="status">
          {t('verify.fileMatches')}
        </Alert>
      )}
      {match === false && (
        <Alert color="red" variant="light" icon={<Icon name="alertCircle" />} role="status">
          {t('verify.fileDiffers')}
        </Alert>
      )}
    </Stack>
  );
}

/**
 * /verify and /verify/:code, public: the link printed on every service report and certificate. Says
 * whether a document with that code (or SHA-256) was issued and when; nothing about whose it is.
 */
export function VerifyPage() {
  const { t } = useTranslation('portal');
  usePageTitle(t('verify.title'));
  const { code } = useParams();
  const navigate = useNavigate();
  const format = useFormat();
  const [input, setInput] = useState(code ?? '');
  const verification = useVerification(code);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = input.trim();
    if (value) void navigate(`/verify/${encodeURIComponent(value)}`);
  }

  const notIssued = isApiError(verification.error) && verification.error.status === 404;
  return (
    <AuthScreen title={t('verify.title')} intro={t('verify.intro')}>
      <form onSubmit={submit} aria-label={t('verify.title')}>
        <Stack gap="md">
          <TextInput
            label={t('verify.codeLabel')}
            placeholder="ABCD-EFGH-JKMN"
            autoCapitalize="characters"
            spellCheck={false}
            value={input}
            onChange={(event) => setInput(event.currentTarget.value)}
            ff="monospace"
          />
          <Button type="submit" fullWidth loading={verification.isFetching}>
            {t('verify.submit')}
          </Button>
        </Stack>
      </form>
      {verification.data && (
        <Stack gap="sm">
          <Alert color="teal" variant="light" icon={<Icon name="check" />} title={t('verify.issuedTitle')} role="status">
            {t('verify.issuedOn', { date: format.dateTime(verification.data.issuedAt), code: verification.data.verificationCode })}
          </Alert>
          <Text size="xs" c="dimmed">
            {t('verify.hashLabel')}
          </Text>
          <Code block style={{ wordBreak: 'break-all', whiteSpace: 'normal' }}>
            {verification.data.sha256}
          </Code>
          <CompareFile sha256={verification.data.sha256} />
        </Stack>
      )}
      {notIssued && (
        <Alert color="red" variant="light" icon={<Icon name="alertCircle" />} title={t('verify.notIssuedTitle')} role="status">
          {t('verify.notIssued')}
        </Alert>
      )}
      {verification.error && !notIssued && <PortalErrorAlert title={t('verify.failed')} error={verification.error} />}
      <Anchor component={Link} to="/login" size="sm" ta="center">
        {t('publicAuth.toLogin')}
      </Anchor>
    </AuthScreen>
  );
}
