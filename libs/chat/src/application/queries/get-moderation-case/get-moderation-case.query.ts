import { Query } from '@nestjs/cqrs';
import { ModerationCaseView } from './moderation-case.view';

/** One case of the moderation queue (admins). */
export class GetModerationCaseQuery extends Query<ModerationCaseView> {
  constructor(readonly caseId: string) {
    super();
  }
}
