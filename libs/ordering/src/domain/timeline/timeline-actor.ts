import { Role } from '@pasar/shared/domain';

export const ACTOR_ROLES = ['buyer', 'seller', 'admin', 'system'] as const;

/** Who made a change: a user with their role, or the system (expiry, payments, auto-complete). */
export interface TimelineActor {
  id: string | null;
  role: Role | 'system';
}

export const SYSTEM: TimelineActor = { id: null, role: 'system' };

export const actorOf = (user: { id: string; role: Role }): TimelineActor => ({
  id: user.id,
  role: user.role,
});
