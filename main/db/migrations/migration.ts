import type Database from 'better-sqlite3-multiple-ciphers';

/**
 * One numbered step of the schema. `up` is SQL, or a function for steps SQL cannot express (re-encoding
 * data, reading files). Either way it runs inside the one transaction that brings the database up to date.
 */
export interface Migration {
  version: number;
  name: string;
  up: string | ((db: Database.Database) => void);
}
