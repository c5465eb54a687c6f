import { NavLink } from '@mantine/core';
import { Link, useMatch } from 'react-router';
import { Icon } from '../components/icons';
import type { IconName } from '../components/icons';

/** One navbar entry; active on its own page and on pages below it (unless `end`). */
export function NavItem({ to, label, icon, end = false }: { to: string; label: string; icon: IconName; end?: boolean }) {
  const active = useMatch({ path: to, end }) !== null;
  return (
    <NavLink
      component={Link}
      to={to}
      label={label}
      leftSection={<Icon name={icon} />}
      active={active}
      aria-current={active ? 'page' : undefined}
      variant="light"
      style={{ borderRadius: 'var(--mantine-radius-md)' }}
    />
  );
}
