import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GrantKind } from '../types';

/** "Only make visible" or "Assign": the kind of a grant, in every grant form. */
export function GrantKindControl({ value, onChange }: { value: GrantKind; onChange: (kind: GrantKind) => void }) {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      aria-label={t('portalAccess.grants.kind')}
      data={[
        { value: 'visible', label: t('portalAccess.record.visible') },
        { value: 'assigned', label: t('portalAccess.record.assign') },
      ]}
      value={value}
      onChange={(kind) => onChange(kind as GrantKind)}
    />
  );
}
