import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { roomNotFound } from '../../../domain/room/chat.errors';
import { RoomAccess } from '../../services/room-access';
import { GetRoomQuery } from './get-room.query';
import { RoomViews } from './room-views';
import { RoomView } from './room.view';

@QueryHandler(GetRoomQuery)
export class GetRoomHandler implements IQueryHandler<GetRoomQuery> {
  constructor(
    private readonly access: RoomAccess,
    private readonly views: RoomViews,
  ) {}

  async execute({ actor, roomId }: GetRoomQuery): Promise<RoomView> {
    await this.access.readable(actor, roomId);
    const view = await this.views.one(actor, roomId);
    if (!view) throw roomNotFound(roomId);
    return view;
  }
}
