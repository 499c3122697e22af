import '../../app/thread-pool';
import { main } from './index';

process.exitCode = await main(process.argv.slice(2));
