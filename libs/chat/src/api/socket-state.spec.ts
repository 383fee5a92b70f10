import { spendSend } from './socket-state';

describe('spendSend', () => {
  const limits = { sendLimit: 2, sendWindowMs: 1_000 };

  it('allows the limit per window, refuses beyond it, and starts over when the window ends', () => {
    const sends = { windowStartedAt: 0, count: 0 };
    spendSend(sends, limits, 5_000);
    spendSend(sends, limits, 5_999);
    expect(() => spendSend(sends, limits, 5_999)).toThrow(
      expect.objectContaining({ code: 'CHAT.RATE_LIMITED' }),
    );
    spendSend(sends, limits, 6_000);
    expect(sends).toEqual({ windowStartedAt: 6_000, count: 1 });
  });
});
