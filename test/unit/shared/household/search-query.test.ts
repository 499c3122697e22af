import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from '../../../../shared/household/search-query';

describe('parseSearchQuery', () => {
  it.each([
    ['', { kind: 'all' }],
    ['   ', { kind: 'all' }],
    ['3573', { kind: 'number', prefix: '3573' }],
    ['3573051705800001', { kind: 'number', prefix: '3573051705800001' }],
    ['RT 3 RW 5', { kind: 'rtrw', rt: 3, rw: 5 }],
    ['rt03/rw05', { kind: 'rtrw', rt: 3, rw: 5 }],
    ['003/005', { kind: 'rtrw', rt: 3, rw: 5 }],
    ['3/5', { kind: 'rtrw', rt: 3, rw: 5 }],
    ['RT.4', { kind: 'rtrw', rt: 4, rw: null }],
    ['rw 12', { kind: 'rtrw', rt: null, rw: 12 }],
    ['Siti  Aminah', { kind: 'name', words: ['siti', 'aminah'] }],
    ['"budi" OR *', { kind: 'name', words: ['budi', 'or'] }],
  ])('%j -> %j', (text, expected) => {
    expect(parseSearchQuery(text)).toEqual(expected);
  });
});
