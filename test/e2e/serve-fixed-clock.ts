// `muskel serve` as the e2e tests run it: the same browser mode, with the clock fixed at FIXED_NOW so that
// package names and dates do not depend on the day or time zone the suite runs in, and new data folders made
// with the cheap test passphrase cost.
import { serveBrowserMode } from '../../main/doors/http/serve';
import { useTestKdfCost } from '../../main/vault/kdf';
import { FIXED_NOW } from '../fixtures/clock';

useTestKdfCost();
const [dataDir] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: serve-fixed-clock.ts DATA_DIR');
process.exitCode = await serveBrowserMode({ dataDir, port: 0, now: () => FIXED_NOW });
