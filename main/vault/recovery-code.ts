import { hkdfSync, randomBytes } from 'node:crypto';

/** Crockford's base32: no I, L, O or U, so a code copied by hand reads back the same. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUPS = 7;

/** 35 characters, 175 bits: "K7Q2M-…", in groups of five to print and keep with the Lurah. */
export function newRecoveryCode(): string {
  const bytes = randomBytes(GROUPS * 5);
  const chars = [...bytes].map((b) => ALPHABET[b % 32] ?? '0').join('');
  return chars.match(/.{5}/g)?.join('-') ?? chars;
}

/** As typed: lower case, spaces and dashes allowed; O read as 0, I and L as 1. */
export function normaliseRecoveryCode(typed: string): string | null {
  const clean = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return new RegExp(`^[${ALPHABET}]{${String(GROUPS * 5)}}$`).test(clean) ? clean : null;
}

/** The code carries 175 random bits: a plain key derivation suffices, no slow one is needed. */
export function recoveryKek(normalised: string, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', Buffer.from(normalised), salt, 'muskel kode pemulihan', 32));
}
