import { Injectable } from '@nestjs/common';
import { Actor } from '@pasar/shared';
import { ChatRoom, Participation } from '../../domain/room/chat-room.aggregate';
import { ChatRoomRepository } from '../../domain/room/chat-room.repository';
import { roomNotFound } from '../../domain/room/chat.errors';

/** Loads a room for a user who may see it: its buyer, the shop's seller, or an admin. */
@Injectable()
export class RoomAccess {
  constructor(private readonly rooms: ChatRoomRepository) {}

  async readable(
    actor: Pick<Actor, 'id' | 'role'>,
    roomId: string,
  ): Promise<{ room: ChatRoom; participation: Participation }> {
    const room = await this.rooms.findById(roomId);
    if (!room) throw roomNotFound(roomId);
    return { room, participation: room.participationOf(actor) };
  }
}
