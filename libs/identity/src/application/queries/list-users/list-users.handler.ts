import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Page } from '@pasar/shared';
import { toAdminUserView, USER_VIEW_COLUMNS, UserRow } from '../get-user/user.row';
import { AdminUserView } from '../get-user/user.view';
import { ListUsersQuery } from './list-users.query';

/** `%` and `_` in the search text match themselves. */
const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

@QueryHandler(ListUsersQuery)
export class ListUsersHandler implements IQueryHandler<ListUsersQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ filter, limit, offset }: ListUsersQuery): Promise<Page<AdminUserView>> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.role) {
      where.push('role = ?');
      params.push(filter.role);
    }
    if (filter.q) {
      where.push('(email ilike ? or phone ilike ? or name ilike ?)');
      const pattern = likePattern(filter.q);
      params.push(pattern, pattern, pattern);
    }
    const clause = where.length ? `where ${where.join(' and ')}` : '';
    const rows = await this.em.execute<UserRow[]>(
      `select ${USER_VIEW_COLUMNS} from identity.users ${clause}
        order by created_at desc, id limit ? offset ?`,
      [...params, limit, offset],
    );
    const [{ total }] = await this.em.execute<{ total: string }[]>(
      `select count(*) as total from identity.users ${clause}`,
      params,
    );
    return { items: rows.map(toAdminUserView), total: Number(total), limit, offset };
  }
}
