import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page } from '@pasar/shared';
import { RoomViews } from '../get-room/room-views';
import { RoomView } from '../get-room/room.view';
import { ListRoomsQuery } from './list-rooms.query';

@QueryHandler(ListRoomsQuery)
export class ListRoomsHandler implements IQueryHandler<ListRoomsQuery> {
  constructor(private readonly views: RoomViews) {}

  execute({ actor, limit, offset }: ListRoomsQuery): Promise<Page<RoomView>> {
    return this.views.page(actor, limit, offset);
  }
}
