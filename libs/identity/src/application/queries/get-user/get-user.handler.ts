import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { userNotFound } from '../../../domain/user/user.errors';
import { GetUserQuery } from './get-user.query';
import { UserView } from './user.view';

interface Row {
  id: string;
  email: string | null;
  phone: string | null;
  name: string;
  role: UserView['role'];
  email_verified_at: Date | null;
  phone_verified_at: Date | null;
  created_at: Date;
}

@QueryHandler(GetUserQuery)
export class GetUserHandler implements IQueryHandler<GetUserQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ userId }: GetUserQuery): Promise<UserView> {
    const [row] = await this.em.execute<Row[]>(
      `select id, email, phone, name, role, email_verified_at, phone_verified_at, created_at
         from identity.users where id = ?`,
      [userId],
    );
    if (!row) throw userNotFound(userId);
    return {
      id: row.id,
      email: row.email,
      phone: row.phone,
      name: row.name,
      role: row.role,
      emailVerified: row.email_verified_at !== null,
      phoneVerified: row.phone_verified_at !== null,
      createdAt: new Date(row.created_at).toISOString(),
    };
  }
}
