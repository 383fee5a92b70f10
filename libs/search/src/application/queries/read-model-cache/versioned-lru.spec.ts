import { VersionedLru } from './versioned-lru';

describe('VersionedLru', () => {
  let clock = 0;
  const lru = (capacity = 3, ttlMs = 1000) =>
    new VersionedLru<string>(capacity, ttlMs, () => clock);

  beforeEach(() => {
    clock = 0;
  });

  it('serves a value only to readers of the version it was computed at', () => {
    const cache = lru();
    cache.set(5, 'wok', 'result at 5');
    expect(cache.get(5, 'wok')).toBe('result at 5');
    expect(cache.get(4, 'wok')).toBeUndefined();
    expect(cache.get(6, 'wok')).toBeUndefined();
  });

  it('drops every older entry on meeting a newer version, and keeps nothing older', () => {
    const cache = lru();
    cache.set(5, 'wok', 'wok at 5');
    cache.set(5, 'batik', 'batik at 5');
    expect(cache.get(6, 'batik')).toBeUndefined();
    expect(cache.size).toBe(0);
    cache.set(5, 'wok', 'late wok at 5');
    expect(cache.size).toBe(0);
    expect(cache.get(5, 'wok')).toBeUndefined();
  });

  it('evicts the least recently used entry beyond its capacity', () => {
    const cache = lru(2);
    cache.set(1, 'a', 'A');
    cache.set(1, 'b', 'B');
    expect(cache.get(1, 'a')).toBe('A');
    cache.set(1, 'c', 'C');
    expect(cache.size).toBe(2);
    expect(cache.get(1, 'b')).toBeUndefined();
    expect(cache.get(1, 'a')).toBe('A');
    expect(cache.get(1, 'c')).toBe('C');
  });

  it('stops serving an entry once its time to live has passed', () => {
    const cache = lru(3, 1000);
    cache.set(1, 'a', 'A');
    clock = 999;
    expect(cache.get(1, 'a')).toBe('A');
    clock = 1000;
    expect(cache.get(1, 'a')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('keeps nothing with a capacity of 0', () => {
    const cache = lru(0);
    cache.set(1, 'a', 'A');
    expect(cache.get(1, 'a')).toBeUndefined();
  });
});
