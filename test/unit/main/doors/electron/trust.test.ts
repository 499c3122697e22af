import { describe, expect, it } from 'vitest';
import { isAppPage, isMapLink } from '../../../../../main/doors/electron/trust';
import { mapLinks } from '../../../../../shared/groundcheck/map-link';

describe("the Electron door's own pages", () => {
  it('are the packaged renderer file, and nothing else when packaged', () => {
    expect(isAppPage('file:///opt/Muskel/resources/app.asar/out/renderer/index.html', undefined)).toBe(true);
    expect(isAppPage('file:///opt/Muskel/resources/app.asar/out/renderer/index.html#/musyawarah/3', undefined)).toBe(true);
    for (const url of ['file:///home/x/Downloads/evil.html', 'http://127.0.0.1:5173/', 'https://evil.example/renderer/index.html', 'data:text/html,x', '']) {
      expect(isAppPage(url, undefined), url).toBe(false);
    }
  });

  it('compare the dev server by origin, never by string prefix', () => {
    const dev = 'http://localhost:5173';
    expect(isAppPage('http://localhost:5173/#/keluarga', dev)).toBe(true);
    for (const url of ['http://localhost:5173.evil.example/', 'http://localhost:51730/', 'https://localhost:5173/', 'http://localhost:5173@evil.example/', 'file:///out/renderer/index.html']) {
      expect(isAppPage(url, dev), url).toBe(false);
    }
  });

  it('hand only the map links of a groundcheck photo to the system browser', () => {
    const links = mapLinks(-7.946012, 112.615423);
    expect(isMapLink(links.openStreetMap)).toBe(true);
    expect(isMapLink(links.googleMaps)).toBe(true);
    for (const url of [
      'http://www.openstreetmap.org/?mlat=1&mlon=2', 'https://www.openstreetmap.org.evil.example/', 'https://evil.example/www.openstreetmap.org/',
      'https://user@www.openstreetmap.org/', 'https://www.openstreetmap.org:8443/', 'https://www.openstreetmap.org/user/evil',
      'https://www.google.com/url?q=https://evil.example', 'https://maps.google.com.evil.example/maps/search/', 'file:///etc/passwd', 'javascript:alert(1)', '',
    ]) {
      expect(isMapLink(url), url).toBe(false);
    }
  });
});
