import { Query } from '@nestjs/cqrs';
import { Page } from '@pasar/shared';
import { CaseKind, CaseStatus } from '../../../domain/moderation/moderation-case.aggregate';
import { ModerationCaseView } from '../get-moderation-case/moderation-case.view';

/** The moderation queue (admins), optionally of one status and kind, oldest first. */
export class ListModerationCasesQuery extends Query<Page<ModerationCaseView>> {
  constructor(
    readonly status: CaseStatus | null,
    readonly kind: CaseKind | null,
    readonly limit: number,
    readonly offset: number,
  ) {
    super();
  }
}
