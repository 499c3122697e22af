import * as m001 from './001-settings-households';
import * as m002 from './002-meetings-audit';
import * as m003 from './003-printing';
import * as m004 from './004-packages';

/** Numbered migrations; the array index + 1 is the schema version it brings the database to. */
export const MIGRATIONS: readonly string[] = [m001.sql, m002.sql, m003.sql, m004.sql];
