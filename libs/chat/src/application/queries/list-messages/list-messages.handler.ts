import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { messageNotFound } from '../../../domain/room/chat.errors';
import { RoomAccess } from '../../services/room-access';
import { MESSAGE_COLUMNS, MessageRow, toMessageView } from '../get-room/message.view';
import { ListMessagesQuery } from './list-messages.query';
import { MessagePageView } from './message-page.view';

@QueryHandler(ListMessagesQuery)
export class ListMessagesHandler implements IQueryHandler<ListMessagesQuery> {
  constructor(
    private readonly access: RoomAccess,
    private readonly em: EntityManager,
  ) {}

  async execute({ actor, roomId, before, limit }: ListMessagesQuery): Promise<MessagePageView> {
    await this.access.readable(actor, roomId);
    const connection = this.em.getConnection();
    let rows: MessageRow[];
    if (before === null) {
      rows = await connection.execute<MessageRow[]>(
        `select ${MESSAGE_COLUMNS} from chat.messages where room_id = ?
         order by created_at desc, id desc limit ?`,
        [roomId, limit + 1],
      );
    } else {
      const [cursor] = await connection.execute<{ created_at: Date }[]>(
        `select created_at from chat.messages where id = ? and room_id = ?`,
        [before, roomId],
      );
      if (!cursor) throw messageNotFound(before);
      rows = await connection.execute<MessageRow[]>(
        `select ${MESSAGE_COLUMNS} from chat.messages
         where room_id = ? and (created_at, id) < (?, ?)
         order by created_at desc, id desc limit ?`,
        [roomId, cursor.created_at, before, limit + 1],
      );
    }
    const items = rows.slice(0, limit).map(toMessageView);
    return { items, nextCursor: rows.length > limit ? items[items.length - 1].id : null };
  }
}
