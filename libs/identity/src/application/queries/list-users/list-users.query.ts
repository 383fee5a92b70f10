import { Query } from '@nestjs/cqrs';
import type { Page, Role } from '@pasar/shared';
import { AdminUserView } from '../get-user/user.view';

/** Admin listing: optional role, optional text matched against email, phone and name. */
export class ListUsersQuery extends Query<Page<AdminUserView>> {
  constructor(
    readonly filter: { role?: Role; q?: string },
    readonly limit: number,
    readonly offset: number,
  ) {
    super();
  }
}
