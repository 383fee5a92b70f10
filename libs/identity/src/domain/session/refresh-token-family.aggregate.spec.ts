import { RefreshTokenFamily } from './refresh-token-family.aggregate';
import { RefreshTokenInvalidError } from './session.errors';

const t0 = new Date('2026-01-01T00:00:00Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

function family(ttlSeconds = 3600) {
  return RefreshTokenFamily.start({ id: 'f1', userId: 'u1', tokenHash: 'h1', now: t0, ttlSeconds });
}

describe('RefreshTokenFamily', () => {
  it('rotates when the newest token is presented', () => {
    const session = family();
    expect(session.rotate('h1', 'h2', at(10))).toBe('rotated');
    expect(session.rotate('h2', 'h3', at(20))).toBe('rotated');
    expect(session.generation).toBe(3);
    expect(session.isActive(at(30))).toBe(true);
  });

  it('revokes the whole family when an already rotated token is reused', () => {
    const session = family();
    session.rotate('h1', 'h2', at(10));
    expect(session.rotate('h1', 'h9', at(20))).toBe('reuse_detected');
    expect(session.revokedReason).toBe('reuse_detected');
    expect(session.isActive(at(21))).toBe(false);
  });

  it('refuses the newest token too once the family was revoked for reuse', () => {
    const session = family();
    session.rotate('h1', 'h2', at(10));
    session.rotate('h1', 'h9', at(20));
    expect(() => session.rotate('h2', 'h3', at(30))).toThrow(RefreshTokenInvalidError);
  });

  it('refuses rotation after the absolute expiry', () => {
    const session = family(60);
    expect(() => session.rotate('h1', 'h2', at(60))).toThrow(
      expect.objectContaining({
        code: 'IDENTITY.REFRESH_TOKEN_INVALID',
        details: { reason: 'expired' },
      }),
    );
  });

  it('keeps the first reason when revoked twice', () => {
    const session = family();
    session.revoke('logout', at(5));
    session.revoke('password_changed', at(6));
    expect(session.revokedReason).toBe('logout');
    expect(session.revokedAt).toEqual(at(5));
  });
});
