/** 3573054107900001 -> 357305******0001: region and serial stay, the birth date goes. */
export function maskNumber(value: string): string {
  return value.length === 16 ? `${value.slice(0, 6)}******${value.slice(12)}` : value;
}
