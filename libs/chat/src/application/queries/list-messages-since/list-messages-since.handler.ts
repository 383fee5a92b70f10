import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { RoomAccess } from '../../services/room-access';
import { MESSAGE_VIEW_COLUMNS, MessageRow, toMessageView } from '../get-room/message.view';

import { ListMessagesSinceQuery } from './list-messages-since.query';
import { MessagesSinceView } from './messages-since.view';

@QueryHandler(ListMessagesSinceQuery)
export class ListMessagesSinceHandler implements IQueryHandler<ListMessagesSinceQuery> {
  constructor(
    private readonly access: RoomAccess,
    private readonly em: EntityManager,
  ) {}

  async execute({
    actor,
    roomId,
    afterSeq,
    limit,
  }: ListMessagesSinceQuery): Promise<MessagesSinceView> {
    await this.access.readable(actor, roomId);
    const rows = await this.em.getConnection().execute<MessageRow[]>(
      `select ${MESSAGE_VIEW_COLUMNS} from chat.messages where room_id = ? and seq > ?
         order by seq limit ?`,
      [roomId, afterSeq, limit + 1],
    );
    return {
      items: rows.slice(0, limit).map((row) => toMessageView(row, actor)),
      hasMore: rows.length > limit,
    };
  }
}
