import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { Icon } from './icons';

/**
 * A search field that reports its text after a short pause in typing (one request per word, not per
 * key). When `value` changes from elsewhere (back button, a link) the field shows it.
 */
export function SearchBox({ value, onSearch, label, delay = 300 }: { value: string; onSearch: (value: string) => void; label: string; delay?: number }) {
  const [text, setText] = useState(value);
  const lastReported = useRef(value);
  const report = useDebouncedCallback((next: string) => {
    lastReported.current = next.trim();
    onSearch(next);
  }, delay);

  useEffect(() => {
    if (value !== lastReported.current) {
      lastReported.current = value;
      setText(value);
    }
  }, [value]);

  function change(next: string) {
    setText(next);
    report(next);
  }

  return (
    <TextInput
      type="search"
      aria-label={label}
      placeholder={label}
      value={text}
      onChange={(event) => change(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') report.flush();
      }}
      leftSection={<Icon name="search" size={16} />}
      w={{ base: '100%', sm: 300 }}
    />
  );
}
