import { Input, SegmentedControl, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EntityMultiPicker } from '../../../components/entity-picker';
import type { PickerSource } from '../../../components/entity-picker';
import { fetchPage, type ListParams } from '../../../lib/resource';

type Choice = 'none' | 'all' | 'chosen';

/** The ids a list endpoint offers today (ticket types, statuses: a handful, within one page). */
export function useOfferedIds(path: '/ticket-types' | '/ticket-statuses', params: ListParams = {}) {
  return useQuery({
    queryKey: [path, 'offered-ids', params],
    queryFn: async ({ signal }) => (await fetchPage(path, { ...params, limit: 200 }, { signal })).items.map((item) => item.id),
  });
}

function choiceOf(value: string[], offered: string[] | undefined): Choice {
  if (value.length === 0) return 'none';
  if (offered && offered.length > 0 && offered.every((id) => value.includes(id))) return 'all';
  return 'chosen';
}

/**
 * A list of allowed records (ticket types a user may raise, statuses they may set) as an explicit
 * None / All / Chosen: the server reads an empty list as "none", which a bare empty picker would
 * suggest was "no restriction". "All" is what is offered now; records added later are not included.
 */
export function AllowedIdsField<T extends { id: string }>({
  label,
  source,
  offered,
  value,
  onChange,
  disabled,
}: {
  label: string;
  source: PickerSource<T>;
  offered: string[] | undefined;
  value: string[];
  onChange: (ids: string[]) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  // "None" and "All" follow from the list itself (also when a template fills it); "Chosen" is kept once picked.
  const [picking, setPicking] = useState(false);
  const shown: Choice = picking ? 'chosen' : choiceOf(value, offered);

  function choose(next: Choice) {
    setPicking(next === 'chosen');
    if (next === 'none') onChange([]);
    if (next === 'all' && offered) onChange(offered);
  }

  return (
    <Stack gap={6}>
      <Input.Wrapper label={label}>
        <SegmentedControl
          fullWidth
          size="xs"
          aria-label={label}
          value={shown}
          onChange={(next) => choose(next as Choice)}
          disabled={disabled}
          data={[
            { value: 'none', label: t('portalAccess.access.allowed.none') },
            { value: 'all', label: t('portalAccess.access.allowed.all'), disabled: !offered?.length },
            { value: 'chosen', label: t('portalAccess.access.allowed.chosen') },
          ]}
        />
      </Input.Wrapper>
      {shown === 'all' && (
        <Text size="xs" c="dimmed">
          {t('portalAccess.access.allowed.allHint', { count: value.length })}
        </Text>
      )}
      {shown === 'chosen' && <EntityMultiPicker source={source} aria-label={label} placeholder={t('portalAccess.access.allowed.choose')} value={value} onChange={onChange} disabled={disabled} />}
    </Stack>
  );
}
