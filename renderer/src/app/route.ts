import { useEffect, useState } from 'react';

export type Route =
  | { page: 'households' }
  | { page: 'household-new' }
  | { page: 'household-edit'; id: number }
  | { page: 'settings' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '/keluarga/baru') return { page: 'household-new' };
  const edit = /^\/keluarga\/(\d+)$/.exec(path);
  if (edit) return { page: 'household-edit', id: Number(edit[1]) };
  if (path === '/pengaturan') return { page: 'settings' };
  return { page: 'households' };
}

export function hrefFor(route: Route): string {
  switch (route.page) {
    case 'households':
      return '#/keluarga';
    case 'household-new':
      return '#/keluarga/baru';
    case 'household-edit':
      return `#/keluarga/${route.id}`;
    case 'settings':
      return '#/pengaturan';
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
