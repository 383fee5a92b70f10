import { Query } from '@nestjs/cqrs';
import { UserView } from './user.view';

export class GetUserQuery extends Query<UserView> {
  constructor(readonly userId: string) {
    super();
  }
}
