import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../../../shared/api/contract';
import { fakeElectron } from '../../../../fixtures/fake-electron';
import type { FakeWindow } from '../../../../fixtures/fake-electron';

let userData: string;
let fake: ReturnType<typeof fakeElectron>;
let doorStarted = false;

beforeEach(() => {
  userData = mkdtempSync(join(tmpdir(), 'muskel-electron-'));
  vi.resetModules();
});
afterEach(async () => {
  if (doorStarted) {
    // The door closes its context (and the database) when its last window closes.
    fake.state.app.emit('window-all-closed');
    await vi.waitFor(() => expect(fake.state.quits).toBeGreaterThan(0));
    doorStarted = false;
  }
  vi.doUnmock('electron');
  rmSync(userData, { recursive: true, force: true });
});

/** Loads main/doors/electron/main.ts against the fake module and lets `app.whenReady()` resolve. */
async function startDoor(options: { packaged?: boolean; singleInstance?: boolean } = {}): Promise<void> {
  fake = fakeElectron({ userData, ...options });
  vi.doMock('electron', () => fake.module);
  await import('../../../../../main/doors/electron/main');
  doorStarted = true;
  fake.ready();
  await vi.waitFor(() => expect(fake.state.windows.length + fake.state.quits).toBeGreaterThan(0));
}

const mainWindow = (): FakeWindow => {
  const window = fake.state.windows[0];
  if (!window) throw new Error('no window');
  return window;
};
const APP_PAGE = `file://${join('/opt/Muskel/resources/app.asar/out/renderer/index.html')}`;

function ipc(channel: string, frame: { url: string; parent: unknown } | null, input: unknown = {}): Promise<unknown> {
  const handler = fake.state.ipc.get(`muskel:${channel}`);
  if (!handler) throw new Error(`${channel} not registered`);
  return Promise.resolve(handler({ senderFrame: frame }, input));
}

describe('the Electron door, loaded against a fake electron module', () => {
  it('opens one hardened window: isolated, sandboxed, no Node, web security on, no DevTools when packaged, no Auxclick', async () => {
    await startDoor();
    expect(fake.state.windows).toHaveLength(1);
    expect(mainWindow().options.webPreferences).toMatchObject({
      contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, devTools: false, disableBlinkFeatures: 'Auxclick',
    });
    expect(mainWindow().loaded).toMatch(/^file:\/\/.*renderer\/index\.html$/);
  });

  it("opens a groundcheck photo's map link in the system browser, never in a window of its own", async () => {
    await startDoor();
    const osm = 'https://www.openstreetmap.org/?mlat=-7.946012&mlon=112.615423#map=18/-7.946012/112.615423';
    expect(mainWindow().webContents.openHandler?.({ url: osm })).toEqual({ action: 'deny' });
    expect(mainWindow().webContents.openHandler?.({ url: 'https://www.openstreetmap.org.evil.example/' })).toEqual({ action: 'deny' });
    expect(fake.state.openedExternally).toEqual([osm]);
  });

  it('refuses navigation, new windows, webviews, and permission requests and checks', async () => {
    await startDoor();
    const navigation = { preventDefault: vi.fn() };
    mainWindow().webContents.emit('will-navigate', navigation, 'https://evil.example/');
    expect(navigation.preventDefault).toHaveBeenCalled();
    expect(mainWindow().webContents.openHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(fake.state.openedExternally).toEqual([]);
    const contents = new (class extends (await import('../../../../fixtures/fake-electron')).FakeWebContents {})();
    fake.state.app.emit('web-contents-created', {}, contents);
    const webview = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();
    const callback = vi.fn();
    fake.state.defaultSession.permissionRequest?.({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(fake.state.defaultSession.permissionCheck?.({}, 'clipboard-read')).toBe(false);
  });

  it('registers every contract channel and answers only its own page in its top frame', async () => {
    await startDoor();
    expect([...fake.state.ipc.keys()].sort()).toEqual(CHANNELS.map((c) => `muskel:${c}`).sort());
    expect(await ipc('app.info', { url: APP_PAGE, parent: null })).toMatchObject({ ok: true, value: { mode: 'electron', dataDir: userData } });
    for (const frame of [{ url: APP_PAGE, parent: {} }, { url: 'https://evil.example/renderer/index.html', parent: null }, { url: 'file:///tmp/evil.html', parent: null }, null]) {
      expect(await ipc('app.info', frame)).toEqual({ ok: false, error: { code: 'UNAUTHORIZED', message: 'Permintaan ditolak: bukan dari jendela Muskel' } });
    }
    expect(await ipc('households.get', { url: APP_PAGE, parent: null }, { id: 'x' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('takes the single-instance lock: a second start quits without a window or a database', async () => {
    await startDoor({ singleInstance: false });
    expect(fake.state.quits).toBe(1);
    expect(fake.state.windows).toEqual([]);
    expect(fake.state.ipc.size).toBe(0);
  });
});

describe('the preload', () => {
  it('exposes exactly one invoke, which passes only well-formed channel names on', async () => {
    fake = fakeElectron({ userData });
    vi.doMock('electron', () => fake.module);
    await import('../../../../../main/doors/electron/preload');
    expect([...fake.state.exposed.keys()]).toEqual(['muskel']);
    const api = fake.state.exposed.get('muskel') as { invoke: (channel: unknown, input: unknown) => Promise<unknown> };
    expect(Object.keys(api)).toEqual(['invoke']);
    expect(await api.invoke('../../x', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(await api.invoke({ toString: () => 'app.info' }, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    await api.invoke('app.info', { a: 1 });
    expect(fake.state.invoked).toEqual([{ channel: 'muskel:app.info', input: { a: 1 } }]);
  });
});

describe('the PDF window', () => {
  it('prints on the office\'s paper in its own offline session, leaving the main window\'s session unblocked', async () => {
    fake = fakeElectron({ userData });
    vi.doMock('electron', () => fake.module);
    const { ElectronPdf } = await import('../../../../../main/doors/electron/electron-pdf');
    const pdf = await new ElectronPdf().render('<p>Berita acara</p>', { footerTemplate: '<div></div>', paper: 'F4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(fake.state.windows[0]?.webContents.printed).toEqual([expect.objectContaining({ pageSize: { width: 215 / 25.4, height: 330 / 25.4 } })]);
    const own = fake.state.sessions.get('muskel-pdf');
    expect(own?.blocked).toEqual([{ urls: ['*://*/*'] }]);
    expect(fake.state.windows[0]?.options.webPreferences).toMatchObject({ session: own, javascript: false, sandbox: true, devTools: false });
    expect(fake.state.defaultSession.blocked).toEqual([]);
    expect(fake.state.windows[0]?.destroyed).toBe(true);
  });
});
