import type { OutputOf, ParsedInputOf, VaultChannel } from '../../shared/api/contract';
import type { VaultStatus } from '../../shared/vault/schema';
import type { DataFolder } from '../vault/data-folder';
import { APP_VERSION } from './version';

type VaultHandlers = { [K in VaultChannel]: (folder: DataFolder, input: ParsedInputOf<K>) => OutputOf<K> | Promise<OutputOf<K>> };

export function vaultStatus(folder: DataFolder): VaultStatus {
  return { state: folder.state(), problem: folder.damaged(), osKeyStoreAvailable: folder.osKeyStoreAvailable(), rememberedOnThisComputer: folder.rememberedOnThisComputer() };
}

/** The lock on the data folder: these take the folder itself, open or not. */
export const vaultHandlers: VaultHandlers = {
  'app.info': (folder) => ({ version: APP_VERSION, dataDir: folder.dataDir, mode: folder.mode }),
  'vault.status': (folder) => vaultStatus(folder),
  'vault.setup': (folder, input) => folder.setup(input.passphrase, input.remember),
  'vault.encryptExisting': (folder, input) => folder.encryptExisting(input.passphrase, input.remember),
  'vault.unlock': async (folder, input) => {
    await folder.unlock(input);
    return vaultStatus(folder);
  },
  'vault.changePassphrase': (folder, input) => folder.changePassphrase(input.current, input.next),
  'vault.backups': (folder, input) => folder.backups(input.folder),
  'vault.restore': (folder, input) => folder.restore(input),
  'vault.remember': (folder, input) => {
    folder.rememberOnThisComputer(input.remember);
    return vaultStatus(folder);
  },
};

