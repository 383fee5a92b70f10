import { LruMap } from './lru-map';

describe('LruMap', () => {
  it('drops the least recently used value beyond its capacity', () => {
    const map = new LruMap<number>(2);
    map.set('a', 1);
    map.set('b', 2);
    expect(map.get('a')).toBe(1);
    map.set('c', 3);
    expect([map.get('a'), map.get('b'), map.get('c'), map.size]).toEqual([1, undefined, 3, 2]);
  });

  it('serves a value for its time to live only', () => {
    let now = 1_000;
    const map = new LruMap<string>(10, 500, () => now);
    map.set('name', 'Ana');
    now = 1_499;
    expect(map.get('name')).toBe('Ana');
    now = 1_500;
    expect(map.get('name')).toBeUndefined();
    expect(map.size).toBe(0);
  });
});
