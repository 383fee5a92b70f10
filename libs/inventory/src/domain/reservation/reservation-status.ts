export const RESERVATION_STATUSES = ['active', 'committed', 'released', 'expired'] as const;
export type ReservationStatus = (typeof RESERVATION_STATUSES)[number];
export type ReservationAction = 'commit' | 'release' | 'expire';

/** The state machine: from a status, the actions allowed and where each leads. */
export const RESERVATION_TRANSITIONS: Record<
  ReservationStatus,
  Partial<Record<ReservationAction, ReservationStatus>>
> = {
  active: { commit: 'committed', release: 'released', expire: 'expired' },
  committed: {},
  released: {},
  expired: {},
};

/** Where each action leads; repeating it there is a no-op. */
export const RESERVATION_OUTCOMES: Record<ReservationAction, ReservationStatus> = {
  commit: 'committed',
  release: 'released',
  expire: 'expired',
};
