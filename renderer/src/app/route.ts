import { useEffect, useState } from 'react';

export type MeetingTab = 'rincian' | 'hadir' | 'usulan' | 'cetak' | 'kirim' | 'riwayat';

export type Route =
  | { page: 'households' }
  | { page: 'household-new' }
  | { page: 'household-import' }
  | { page: 'household-edit'; id: number }
  | { page: 'meetings' }
  | { page: 'meeting-new' }
  | { page: 'meeting'; id: number; tab: MeetingTab }
  | { page: 'meeting-mode'; id: number }
  | { page: 'worklist' }
  | { page: 'rekap' }
  | { page: 'verify' }
  | { page: 'settings' };

const TABS: readonly MeetingTab[] = ['rincian', 'hadir', 'usulan', 'cetak', 'kirim', 'riwayat'];

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '/keluarga/baru') return { page: 'household-new' };
  if (path === '/keluarga/impor') return { page: 'household-import' };
  const household = /^\/keluarga\/(\d+)$/.exec(path);
  if (household) return { page: 'household-edit', id: Number(household[1]) };
  if (path === '/musyawarah') return { page: 'meetings' };
  if (path === '/musyawarah/baru') return { page: 'meeting-new' };
  const mode = /^\/musyawarah\/(\d+)\/rapat$/.exec(path);
  if (mode) return { page: 'meeting-mode', id: Number(mode[1]) };
  const meeting = /^\/musyawarah\/(\d+)(?:\/([a-z]+))?$/.exec(path);
  if (meeting) {
    const tab = TABS.find((t) => t === meeting[2]) ?? 'usulan';
    return { page: 'meeting', id: Number(meeting[1]), tab };
  }
  if (path === '/daftar-periksa') return { page: 'worklist' };
  if (path === '/rekap') return { page: 'rekap' };
  if (path === '/pengaturan') return { page: 'settings' };
  if (path === '/periksa') return { page: 'verify' };
  return { page: 'households' };
}

export function hrefFor(route: Route): string {
  switch (route.page) {
    case 'households':
      return '#/keluarga';
    case 'household-new':
      return '#/keluarga/baru';
    case 'household-import':
      return '#/keluarga/impor';
    case 'household-edit':
      return `#/keluarga/${route.id}`;
    case 'meetings':
      return '#/musyawarah';
    case 'meeting-new':
      return '#/musyawarah/baru';
    case 'meeting':
      return `#/musyawarah/${route.id}/${route.tab}`;
    case 'meeting-mode':
      return `#/musyawarah/${route.id}/rapat`;
    case 'worklist':
      return '#/daftar-periksa';
    case 'rekap':
      return '#/rekap';
    case 'settings':
      return '#/pengaturan';
    case 'verify':
      return '#/periksa';
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
