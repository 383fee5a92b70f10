import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { Page } from '@pasar/shared';
import {
  CASE_COLUMNS,
  ModerationCaseRow,
  ModerationCaseView,
  toModerationCaseView,
} from '../get-moderation-case/moderation-case.view';
import { ListModerationCasesQuery } from './list-moderation-cases.query';

@QueryHandler(ListModerationCasesQuery)
export class ListModerationCasesHandler implements IQueryHandler<ListModerationCasesQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute(query: ListModerationCasesQuery): Promise<Page<ModerationCaseView>> {
    const { status, kind, limit, offset } = query;
    const where = `(?::text is null or status = ?) and (?::text is null or kind = ?)`;
    const filter = [status, status, kind, kind];
    const connection = this.em.getConnection();
    const rows = await connection.execute<(ModerationCaseRow & { total: string })[]>(
      `select ${CASE_COLUMNS}, count(*) over () as total from chat.moderation_cases
       where ${where} order by created_at, id limit ? offset ?`,
      [...filter, limit, offset],
    );
    const total = rows[0]
      ? Number(rows[0].total)
      : Number(
          (
            await connection.execute<{ total: string }[]>(
              `select count(*) as total from chat.moderation_cases where ${where}`,
              filter,
            )
          )[0].total,
        );
    return { items: rows.map(toModerationCaseView), total, limit, offset };
  }
}
