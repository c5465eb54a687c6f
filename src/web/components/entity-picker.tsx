import { Loader, MultiSelect, Select } from '@mantine/core';
import type { ComboboxItem, StyleProp } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQueries, useQuery } from '@tanstack/react-query';
import type { QueryKey } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page } from '../lib/resource';

/** Where a picker finds its records: a list endpoint searched by `q`, and get-by-id for the chosen one. */
export interface PickerSource<T extends { id: string }> {
  /** Distinguishes pickers of the same resource with different filters (e.g. a customer's sites). */
  key: QueryKey;
  search: (q: string, signal: AbortSignal) => Promise<Page<T>>;
  /** Query key of the record's detail, so the picker shares the cache with detail pages and links. */
  detailKey: (id: string) => QueryKey;
  get: (id: string, signal: AbortSignal) => Promise<T>;
  label: (item: T) => string;
}

interface CommonProps {
  /** Visible label; filters above tables use `aria-label` and a placeholder instead. */
  label?: string;
  'aria-label'?: string;
  w?: StyleProp<CSSProperties['width']>;
  placeholder?: string;
  description?: string;
  error?: string;
  required?: boolean;
  disabled?: boolean;
  name?: string;
}

function toOption<T extends { id: string }>(source: PickerSource<T>, item: T): ComboboxItem {
  return { value: item.id, label: source.label(item) };
}

/** Server-side search: the debounced text goes to the list endpoint; options are the answer as is. */
function useSearch<T extends { id: string }>(source: PickerSource<T>, search: string, enabled: boolean) {
  const [debounced] = useDebouncedValue(search.trim(), 250);
  return useQuery({
    queryKey: [...source.key, 'picker', debounced],
    queryFn: ({ signal }) => source.search(debounced, signal),
    enabled,
    staleTime: 30_000,
  });
}

const noClientFilter = ({ options }: { options: ComboboxItem[] | unknown[] }) => options as ComboboxItem[];

/**
 * An async select: type to search a list endpoint (e.g. customers by name, a customer's sites, staff
 * users with `assignable=true`); the chosen record's name is loaded by id when it is not among the results.
 */
export function EntityPicker<T extends { id: string }>({
  source,
  value,
  onChange,
  clearable = true,
  ...props
}: CommonProps & { source: PickerSource<T>; value: string | null; onChange: (id: string | null, item: T | null) => void; clearable?: boolean }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [search, setSearch] = useState('');
  const selected = useQuery({
    queryKey: value ? source.detailKey(value) : [...source.key, 'none'],
    queryFn: ({ signal }) => source.get(value!, signal),
    enabled: value !== null,
  });
  const selectedLabel = selected.data ? source.label(selected.data) : '';
  // After a choice, the field shows the chosen name; opening it again should list everything, not just that one.
  const effectiveSearch = search === selectedLabel ? '' : search;
  const results = useSearch(source, effectiveSearch, opened);
  const items = useMemo(() => results.data?.items ?? [], [results.data]);

  const data = useMemo(() => {
    const options = items.map((item) => toOption(source, item));
    if (selected.data && !options.some((option) => option.value === selected.data!.id)) options.unshift(toOption(source, selected.data));
    return options;
  }, [items, selected.data, source]);

  return (
    <Select
      {...props}
      data={data}
      value={value}
      onChange={(id) => {
        const item = items.find((candidate) => candidate.id === id) ?? (selected.data?.id === id ? selected.data : null) ?? null;
        onChange(id, item);
      }}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={noClientFilter}
      clearable={clearable}
      onDropdownOpen={() => setOpened(true)}
      onDropdownClose={() => setOpened(false)}
      nothingFoundMessage={results.isFetching ? t('picker.searching') : t('picker.nothingFound')}
      rightSection={results.isFetching || (value !== null && selected.isPending) ? <Loader size={14} /> : undefined}
      comboboxProps={{ withinPortal: true }}
      maxDropdownHeight={280}
    />
  );
}

/** The same for several records (assignees, a contact's sites, a schedule entry's assets). */
export function EntityMultiPicker<T extends { id: string }>({
  source,
  value,
  onChange,
  ...props
}: CommonProps & { source: PickerSource<T>; value: string[]; onChange: (ids: string[]) => void }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [search, setSearch] = useState('');
  const results = useSearch(source, search, opened);
  const chosen = useQueries({
    queries: value.map((id) => ({ queryKey: source.detailKey(id), queryFn: ({ signal }: { signal: AbortSignal }) => source.get(id, signal) })),
  });
  const options = (results.data?.items ?? []).map((item) => toOption(source, item));
  for (const [index, id] of value.entries()) {
    if (options.some((option) => option.value === id)) continue;
    const item = chosen[index]?.data;
    options.push({ value: id, label: item ? source.label(item) : t('app.loading') });
  }

  return (
    <MultiSelect
      {...props}
      data={options}
      value={value}
      onChange={onChange}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={noClientFilter}
      onDropdownOpen={() => setOpened(true)}
      onDropdownClose={() => setOpened(false)}
      nothingFoundMessage={results.isFetching ? t('picker.searching') : t('picker.nothingFound')}
      rightSection={results.isFetching ? <Loader size={14} /> : undefined}
      comboboxProps={{ withinPortal: true }}
      maxDropdownHeight={280}
      clearable
    />
  );
}
