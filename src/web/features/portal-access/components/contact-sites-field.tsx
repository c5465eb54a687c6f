import { Alert, Badge, Group, Stack, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SiteLink } from '../../sites/components/site-link';

/**
 * "Sites from contact": a user linked to a contact takes the contact's sites as theirs while this is on
 * (the server's access-facts.ts). Shows the inherited sites, or why the user's own sites apply.
 */
export function ContactSitesField({
  contactName,
  siteIds,
  checked,
  onChange,
  disabled,
  archived = false,
}: {
  contactName: string;
  /** The contact is archived: its sites still apply (archiving never widens access), which staff should know. */
  archived?: boolean;
  siteIds: readonly string[];
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const inherits = checked && siteIds.length > 0;
  return (
    <Stack gap={6}>
      <Switch label={t('portalAccess.contactSites.switch', { name: contactName })} checked={checked} onChange={(event) => onChange(event.currentTarget.checked)} disabled={disabled} />
      {archived && inherits && (
        <Alert color="yellow" variant="light" p="xs">
          {t('portalAccess.contactSites.archived', { name: contactName })}
        </Alert>
      )}
      {inherits && (
        <>
          <Text size="sm">{t('portalAccess.contactSites.inherited')}</Text>
          <Group gap="xs" role="list" aria-label={t('portalAccess.contactSites.inherited')}>
            {siteIds.map((id) => (
              <Group key={id} gap={4} role="listitem" wrap="nowrap">
                <SiteLink id={id} />
                <Badge size="xs" variant="light">
                  {t('portalAccess.contactSites.inheritedBadge')}
                </Badge>
              </Group>
            ))}
          </Group>
          <Text size="xs" c="dimmed">
            {t('portalAccess.contactSites.inheritedHint')}
          </Text>
        </>
      )}
      {checked && siteIds.length === 0 && (
        <Text size="xs" c="dimmed">
          {t('portalAccess.contactSites.noSites')}
        </Text>
      )}
      {!checked && siteIds.length > 0 && (
        <Text size="xs" c="dimmed">
          {t('portalAccess.contactSites.overridden')}
        </Text>
      )}
    </Stack>
  );
}
