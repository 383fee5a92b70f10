import { Query } from '@nestjs/cqrs';
import { Actor, Page } from '@pasar/shared';
import { RoomView } from '../get-room/room.view';

/** The caller's rooms: a buyer's own, a seller's shops', every room for an admin. */
export class ListRoomsQuery extends Query<Page<RoomView>> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly limit: number,
    readonly offset: number,
  ) {
    super();
  }
}
