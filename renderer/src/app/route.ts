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
  | { page: 'answers' }
  | { page: 'settings' }
  | { page: 'inbox' }
  | { page: 'city-proposals'; id: number | null }
  | { page: 'groundcheck' }
  | { page: 'kelurahan-keys'; kelurahanCode: string | null; keyId: string | null };

/** The pages of a Dinsos folder; a kelurahan folder never shows them, nor a Dinsos folder the others. */
export const DINSOS_PAGES: readonly Route['page'][] = ['inbox', 'city-proposals', 'groundcheck', 'kelurahan-keys', 'settings'];

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
  if (path === '/tanggapan') return { page: 'answers' };
  if (path === '/kotak-masuk') return { page: 'inbox' };
  const cityProposal = /^\/usulan-kota(?:\/(\d+))?$/.exec(path);
  if (cityProposal) return { page: 'city-proposals', id: cityProposal[1] ? Number(cityProposal[1]) : null };
  if (path === '/groundcheck') return { page: 'groundcheck' };
  const keys = /^\/kunci-kelurahan(?:\/(\d{10})(?:\/([0-9A-F]{16}))?)?$/.exec(path);
  if (keys) return { page: 'kelurahan-keys', kelurahanCode: keys[1] ?? null, keyId: keys[2] ?? null };
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
    case 'answers':
      return '#/tanggapan';
    case 'inbox':
      return '#/kotak-masuk';
    case 'city-proposals':
      return route.id === null ? '#/usulan-kota' : `#/usulan-kota/${route.id}`;
    case 'groundcheck':
      return '#/groundcheck';
    case 'kelurahan-keys':
      if (route.kelurahanCode === null) return '#/kunci-kelurahan';
      return route.keyId === null ? `#/kunci-kelurahan/${route.kelurahanCode}` : `#/kunci-kelurahan/${route.kelurahanCode}/${route.keyId}`;
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
