/** Which pages count as Muskel's own; pure, so it can be tested without the Electron runtime. */

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/**
 * The packaged page (file://…/renderer/index.html), or while developing the dev server's origin. Origins are
 * compared whole: "http://localhost:5173.evil.example" is not "http://localhost:5173".
 */
export function isAppPage(url: string, devServerUrl: string | undefined): boolean {
  if (devServerUrl) {
    const origin = originOf(devServerUrl);
    return origin !== null && origin !== 'null' && originOf(url) === origin;
  }
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'file:' && decodeURIComponent(parsed.pathname).endsWith('/renderer/index.html');
  } catch {
    return false;
  }
}

/**
 * The only links the app hands to the system browser: a groundcheck photo's position on OpenStreetMap or Google Maps,
 * exactly as shared/groundcheck/map-link.ts makes them (https, the exact host, the map path).
 */
export function isMapLink(url: string): boolean {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '' || parsed.port !== '') return false;
    if (parsed.hostname === 'www.openstreetmap.org') return parsed.pathname === '/';
    return parsed.hostname === 'www.google.com' && parsed.pathname === '/maps/search/';
  } catch {
    return false;
  }
}
