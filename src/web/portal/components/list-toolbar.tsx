import { Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { SearchBox } from '../../components/search-box';

/** Search text and simple filters of a portal list page, kept in the URL (reload and back keep them). */
export function useUrlFilters<K extends string>(keys: readonly K[]) {
  const [searchParams, setSearchParams] = useSearchParams();
  const values = Object.fromEntries(keys.map((key) => [key, searchParams.get(key) ?? ''])) as Record<K, string>;
  function set(key: K, value: string | null) {
    const next = new URLSearchParams(searchParams);
    if (value) next.set(key, value);
    else next.delete(key);
    setSearchParams(next, { replace: true });
  }
  return { values, set, filtered: keys.some((key) => values[key] !== '') };
}

export function ListToolbar({ q, onSearch, searchLabel, children }: { q: string; onSearch: (q: string) => void; searchLabel: string; children?: ReactNode }) {
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <SearchBox value={q} onSearch={(value) => onSearch(value.trim())} label={searchLabel} />
      {children}
    </Group>
  );
}
