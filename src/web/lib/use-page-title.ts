import { useEffect } from 'react';

/** Sets the browser tab title ("Customers · Portico"), so tabs and history entries say where they lead. */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Portico` : 'Portico';
  }, [title]);
}
