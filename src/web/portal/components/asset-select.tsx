import { Loader, Select } from '@mantine/core';
import type { ComboboxItem } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAsset } from '../api/records';
import type { Asset } from '../lib/types';
import { api } from '../../lib/api-client';

const passThrough = ({ options }: { options: ComboboxItem[] | unknown[] }) => options as ComboboxItem[];

/**
 * Picks one of the assets the user may see (GET /assets answers only those), searched on the server
 * and narrowed to a site when one is chosen.
 */
export function AssetSelect({ value, onChange, siteId, label, description }: { value: string | null; onChange: (asset: Asset | null) => void; siteId: string | null; label: string; description?: string }) {
  const { t } = useTranslation('portal');
  const [search, setSearch] = useState('');
  const [opened, setOpened] = useState(false);
  const selected = useAsset(value);
  const selectedLabel = selected.data?.name ?? '';
  const [debounced] = useDebouncedValue(search === selectedLabel ? '' : search.trim(), 250);
  const results = useQuery({
    queryKey: ['portal', 'asset-select', siteId, debounced],
    queryFn: ({ signal }) => api.get('/assets', { params: { query: { q: debounced || undefined, siteId: siteId ?? undefined, sort: 'name', limit: 30 } }, signal }),
    enabled: opened || value === null,
    staleTime: 30_000,
  });
  const items = results.data?.items ?? [];
  const data: ComboboxItem[] = items.map((asset) => ({ value: asset.id, label: asset.serialNumber ? `${asset.name} (${asset.serialNumber})` : asset.name }));
  if (selected.data && !data.some((option) => option.value === selected.data!.id)) data.unshift({ value: selected.data.id, label: selected.data.name });
  return (
    <Select
      label={label}
      description={description}
      placeholder={t('ticketForm.assetPlaceholder')}
      data={data}
      value={value}
      onChange={(id) => onChange(items.find((asset) => asset.id === id) ?? (selected.data?.id === id ? selected.data : null) ?? null)}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={passThrough}
      clearable
      onDropdownOpen={() => setOpened(true)}
      onDropdownClose={() => setOpened(false)}
      nothingFoundMessage={results.isFetching ? t('common.searching') : t('common.nothingFound')}
      rightSection={results.isFetching ? <Loader size={14} /> : undefined}
      comboboxProps={{ withinPortal: true }}
      maxDropdownHeight={280}
    />
  );
}
