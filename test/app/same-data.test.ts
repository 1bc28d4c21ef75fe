import { expect } from '@esm-bundle/chai';
import { sameData } from '../../src/ui/same-data.ts';

describe('sameData, which spares renders of unchanged query results', () => {
  it('compares plain objects and arrays in depth', () => {
    expect(sameData({ a: [1, { b: 'x' }], c: null }, { a: [1, { b: 'x' }], c: null })).to.equal(true);
    expect(sameData({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] })).to.equal(false);
    expect(sameData([1, 2], [1, 2, 3])).to.equal(false);
    expect(sameData({ a: undefined }, { b: undefined })).to.equal(false);
    expect(sameData(undefined, undefined)).to.equal(true);
    expect(sameData(0, undefined)).to.equal(false);
  });

  it('counts anything but plain data as changed', () => {
    expect(sameData(new Date(0), new Date(0))).to.equal(false);
    expect(sameData(new Map(), new Map())).to.equal(false);
  });
});
