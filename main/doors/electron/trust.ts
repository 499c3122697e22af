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
