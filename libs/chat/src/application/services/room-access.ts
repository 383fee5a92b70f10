import { Injectable } from '@nestjs/common';
import { Actor, LruMap } from '@pasar/shared';
import { ChatRoom, Participation } from '../../domain/room/chat-room.aggregate';
import { ChatRoomRepository } from '../../domain/room/chat-room.repository';
import { roomNotFound } from '../../domain/room/chat.errors';
import { RoomParties } from '../../domain/room/room-parties';

/** Rooms whose parties a process keeps at most; the least recently used makes room. */
const KNOWN_ROOMS = 50_000;

/** Loads a room for a user who may see it: its buyer, the shop's seller, or an admin. */
@Injectable()
export class RoomAccess {
  /** A room's parties never change once it is open, and rooms are never deleted. */
  private readonly parties = new LruMap<RoomParties>(KNOWN_ROOMS);

  constructor(private readonly rooms: ChatRoomRepository) {}

  async readable(
    actor: Pick<Actor, 'id' | 'role'>,
    roomId: string,
  ): Promise<{ room: ChatRoom; participation: Participation }> {
    const room = await this.rooms.findById(roomId);
    if (!room) throw roomNotFound(roomId);
    return { room, participation: room.participationOf(actor) };
  }

  /**
   * The parties of a room the user may write in (its buyer or the shop's seller), and the role
   * they write as. Every message asks this, so the answer comes from memory after the room's
   * first read in this process.
   */
  async writable(
    actor: Pick<Actor, 'id' | 'role'>,
    roomId: string,
  ): Promise<{ room: RoomParties; role: 'buyer' | 'seller' }> {
    let parties = this.parties.get(roomId);
    if (!parties) {
      const room = await this.rooms.findById(roomId);
      if (!room) throw roomNotFound(roomId);
      parties = room.parties;
      this.parties.set(roomId, parties);
    }
    return { room: parties, role: parties.writerRole(actor) };
  }
}
