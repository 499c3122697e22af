import { useTestKdfCost } from '../../main/vault/kdf';

// Data folders made by the tests get a cheap passphrase KDF; the office cost is measured by `npm run bench`.
useTestKdfCost();
