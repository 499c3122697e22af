import { hrefFor } from './route';
import type { Route } from './route';

/** A menu entry, marked as the current page for its own page and the pages under it. */
export function NavLink({ to, current, label }: { to: Route; current: Route; label: string }) {
  const active = current.page.split('-')[0] === to.page.replace(/s$/, '') || current.page === to.page;
  return (
    <a href={hrefFor(to)} className={active ? 'active' : undefined} aria-current={active ? 'page' : undefined}>
      {label}
    </a>
  );
}
