import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeCbor, encodeCbor, type Cbor } from '../../src/lib/search/cbor.ts';

describe('cbor (Pagefind index files)', () => {
  it('writes integers in their shortest form', () => {
    expect([...encodeCbor(23)]).toEqual([0x17]);
    expect([...encodeCbor(24)]).toEqual([0x18, 24]);
    expect([...encodeCbor(-25)]).toEqual([0x38, 24]);
    expect([...encodeCbor(65536)]).toEqual([0x1a, 0, 1, 0, 0]);
    expect([...encodeCbor(['a', []])]).toEqual([0x82, 0x61, 0x61, 0x80]);
  });

  it('reads back what it writes (property)', () => {
    const value: fc.Arbitrary<Cbor> = fc.letrec<{ v: Cbor }>((tie) => ({
      v: fc.oneof(
        { depthSize: 'small' },
        fc.integer({ min: -(2 ** 40), max: 2 ** 40 }),
        fc.string(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('v'), { maxLength: 4 }),
      ),
    })).v;
    fc.assert(
      fc.property(value, (v) => {
        expect(decodeCbor(encodeCbor(v)).value).toEqual(v);
      }),
    );
  });
});
