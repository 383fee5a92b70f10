import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { userNotFound } from '../../../domain/user/user.errors';
import { GetUserQuery } from './get-user.query';
import { toUserView, USER_VIEW_COLUMNS, UserRow } from './user.row';
import { UserView } from './user.view';

@QueryHandler(GetUserQuery)
export class GetUserHandler implements IQueryHandler<GetUserQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ userId }: GetUserQuery): Promise<UserView> {
    const [row] = await this.em.execute<UserRow[]>(
      `select ${USER_VIEW_COLUMNS} from identity.users where id = ?`,
      [userId],
    );
    if (!row) throw userNotFound(userId);
    return toUserView(row);
  }
}
