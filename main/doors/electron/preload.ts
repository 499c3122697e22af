import { contextBridge, ipcRenderer } from 'electron';

/** The renderer's single door: invoke(channel, input). The main process checks both. */
contextBridge.exposeInMainWorld('muskel', {
  invoke: (channel: unknown, input: unknown): Promise<unknown> => {
    if (typeof channel !== 'string' || !/^[a-z]+\.[A-Za-z]+$/.test(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'Perintah tidak dikenal' } });
    }
    return ipcRenderer.invoke(`muskel:${channel}`, input);
  },
});
