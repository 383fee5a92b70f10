import { randomUUID } from 'node:crypto';
import { ReadMarker } from './read-marker.entity';

const at = (iso: string, id = randomUUID()) => ({ id, createdAt: new Date(iso) });

describe('ReadMarker', () => {
  it('moves forward to a newer message', () => {
    const marker = ReadMarker.start('r', 'u', at('2026-11-24T10:00:00Z'), new Date());
    const newer = at('2026-11-24T10:01:00Z');
    expect(marker.advanceTo(newer, new Date())).toBe(true);
    expect(marker.lastReadMessageId).toBe(newer.id);
  });

  it('never moves back to an older message, nor stays put as a change', () => {
    const first = at('2026-11-24T10:01:00Z');
    const marker = ReadMarker.start('r', 'u', first, new Date('2026-11-24T11:00:00Z'));
    expect(marker.advanceTo(at('2026-11-24T10:00:00Z'), new Date())).toBe(false);
    expect(marker.advanceTo(first, new Date())).toBe(false);
    expect(marker.lastReadMessageId).toBe(first.id);
    expect(marker.lastReadAt.toISOString()).toBe('2026-11-24T11:00:00.000Z');
  });

  it('orders messages of the same millisecond by id', () => {
    const low = at('2026-11-24T10:00:00Z', '00000000-0000-4000-8000-000000000001');
    const high = at('2026-11-24T10:00:00Z', '00000000-0000-4000-8000-000000000002');
    const marker = ReadMarker.start('r', 'u', high, new Date());
    expect(marker.advanceTo(low, new Date())).toBe(false);
    expect(ReadMarker.start('r', 'u', low, new Date()).advanceTo(high, new Date())).toBe(true);
  });
});
