import { Actor } from '@pasar/shared/domain';
import { ReadOnlyRoomError, roomNotFound } from './chat.errors';

/** How a user takes part in a room. Admins read any room; they never write. */
export type Participation = 'buyer' | 'seller' | 'admin';

/**
 * Who a room joins and what it is about: its buyer, its shop (with the shop's owner and name as
 * they were when the room opened) and its order, if any. Fixed when the room opens and never
 * changed after (rooms are not deleted either), so a copy of them never goes stale: the message
 * path keeps them in memory instead of loading the room for every message.
 */
export class RoomParties {
  constructor(
    readonly id: string,
    readonly buyerId: string,
    readonly shopId: string,
    readonly sellerId: string,
    readonly shopName: string,
    readonly orderId: string | null,
  ) {}

  /** How the user takes part; strangers get the same 404 as for a room that does not exist. */
  participationOf(user: Pick<Actor, 'id' | 'role'>): Participation {
    if (user.role === 'admin') return 'admin';
    if (user.role === 'buyer' && user.id === this.buyerId) return 'buyer';
    if (user.role === 'seller' && user.id === this.sellerId) return 'seller';
    throw roomNotFound(this.id);
  }

  /** The role the user writes as; admins (and strangers) may not write. */
  writerRole(user: Pick<Actor, 'id' | 'role'>): 'buyer' | 'seller' {
    const participation = this.participationOf(user);
    if (participation === 'admin') throw new ReadOnlyRoomError();
    return participation;
  }

  /** Who else takes part (the buyer or the seller): a message's recipients. */
  otherParticipant(userId: string): string {
    return userId === this.buyerId ? this.sellerId : this.buyerId;
  }
}
