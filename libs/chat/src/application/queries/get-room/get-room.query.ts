import { Query } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';
import { RoomView } from './room.view';

/** One room for its buyer, the shop's seller or an admin; anyone else gets a 404. */
export class GetRoomQuery extends Query<RoomView> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly roomId: string,
  ) {
    super();
  }
}
