import { describe, expect, it } from 'vitest';
import { isAppPage } from '../../../../../main/doors/electron/trust';

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
});
