import { Injectable } from '@nestjs/common';
import { Actor, LruMap } from '@pasar/shared';
import { ChatRoomRepository } from '../../domain/room/chat-room.repository';
import { roomNotFound } from '../../domain/room/chat.errors';
import { Participation, RoomParties } from '../../domain/room/room-parties';

/** Rooms whose parties a process keeps at most; the least recently used makes room. */
const KNOWN_ROOMS = 50_000;

/**
 * Who may use a room: its buyer, the shop's seller, or an admin (reading only). Every message,
 * receipt and join asks, and a room's parties never change once it is open (rooms are never
 * deleted), so the answer comes from memory after the room's first read in this process.
 */
@Injectable()
export class RoomAccess {
  private readonly parties = new LruMap<RoomParties>(KNOWN_ROOMS);

  constructor(private readonly rooms: ChatRoomRepository) {}

  /** The parties of a room the user may see, and how the user takes part. */
  async readable(
    actor: Pick<Actor, 'id' | 'role'>,
    roomId: string,
  ): Promise<{ room: RoomParties; participation: Participation }> {
    let room = this.parties.get(roomId);
    if (!room) {
      const stored = await this.rooms.findById(roomId);
      if (!stored) throw roomNotFound(roomId);
      room = stored.parties;
      this.parties.set(roomId, room);
    }
    return { room, participation: room.participationOf(actor) };
  }

  /** The parties of a room the user may write in, and the role they write as. */
  async writable(
    actor: Pick<Actor, 'id' | 'role'>,
    roomId: string,
  ): Promise<{ room: RoomParties; role: 'buyer' | 'seller' }> {
    const { room } = await this.readable(actor, roomId);
    return { room, role: room.writerRole(actor) };
  }
}
