import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { caseNotFound } from '../../../domain/moderation/moderation.errors';
import { GetModerationCaseQuery } from './get-moderation-case.query';
import {
  CASE_COLUMNS,
  ModerationCaseRow,
  ModerationCaseView,
  toModerationCaseView,
} from './moderation-case.view';

@QueryHandler(GetModerationCaseQuery)
export class GetModerationCaseHandler implements IQueryHandler<GetModerationCaseQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ caseId }: GetModerationCaseQuery): Promise<ModerationCaseView> {
    const [row] = await this.em
      .getConnection()
      .execute<ModerationCaseRow[]>(
        `select ${CASE_COLUMNS} from chat.moderation_cases where id = ?`,
        [caseId],
      );
    if (!row) throw caseNotFound(caseId);
    return toModerationCaseView(row);
  }
}
