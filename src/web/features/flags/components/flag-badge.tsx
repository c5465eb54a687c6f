import { Badge } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { localizedName } from '../../../lib/localized-name';
import type { FlagRef } from '../types';

/** A flag in its colour, named in the reader's language; flags hidden from the portal say so in their tooltip text. */
export function FlagBadge({ flag, rightSection }: { flag: FlagRef; rightSection?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={flag.color}
      variant="light"
      radius="sm"
      style={{ textTransform: 'none', minWidth: 'max-content' }}
      title={flag.customerVisible ? t('flags.customerVisible') : t('flags.internalOnly')}
      rightSection={rightSection}
    >
      {localizedName(flag)}
    </Badge>
  );
}

export function FlagBadges({ flags }: { flags: FlagRef[] }) {
  return (
    <>
      {flags.map((flag) => (
        <FlagBadge key={flag.id} flag={flag} />
      ))}
    </>
  );
}
