import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { userNotFound } from '../../../domain/user/user.errors';
import { toAdminUserView, USER_VIEW_COLUMNS, UserRow } from '../get-user/user.row';
import { AdminUserView } from '../get-user/user.view';
import { GetAdminUserQuery } from './get-admin-user.query';

@QueryHandler(GetAdminUserQuery)
export class GetAdminUserHandler implements IQueryHandler<GetAdminUserQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ userId }: GetAdminUserQuery): Promise<AdminUserView> {
    const [row] = await this.em.execute<UserRow[]>(
      `select ${USER_VIEW_COLUMNS} from identity.users where id = ?`,
      [userId],
    );
    if (!row) throw userNotFound(userId);
    return toAdminUserView(row);
  }
}
