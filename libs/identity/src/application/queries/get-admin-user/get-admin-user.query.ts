import { Query } from '@nestjs/cqrs';
import { AdminUserView } from '../get-user/user.view';

/** One account as admins see it (with its ban state). */
export class GetAdminUserQuery extends Query<AdminUserView> {
  constructor(readonly userId: string) {
    super();
  }
}
