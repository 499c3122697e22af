import { migration as m001 } from './001-settings-households';
import { migration as m002 } from './002-meetings-audit';
import { migration as m003 } from './003-printing';
import { migration as m004 } from './004-packages';
import { migration as m005 } from './005-household-audit-keys';
import { migration as m006 } from './006-dtsen-imports';
import { migration as m007 } from './007-paper-size';
import { migration as m008 } from './008-worklist-indexes';
import { migration as m009 } from './009-dinsos-inbox';
import { migration as m010 } from './010-groundcheck';
import { migration as m011 } from './011-dinsos-answers';
import { migration as m012 } from './012-city-register-indexes';
import { migration as m013 } from './013-city-findings';
import { migration as m014 } from './014-import-staging-apart';
import type { Migration } from './migration';

/** In order: MIGRATIONS[i].version === i + 1, the schema version (PRAGMA user_version) it brings the database to. */
export const MIGRATIONS: readonly Migration[] = [m001, m002, m003, m004, m005, m006, m007, m008, m009, m010, m011, m012, m013, m014];
