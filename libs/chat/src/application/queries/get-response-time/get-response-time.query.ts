import { Query } from '@nestjs/cqrs';
import { ResponseTimeView } from './response-time.view';

/** A shop's chat response time over the 30 days before `now` (public). */
export class GetResponseTimeQuery extends Query<ResponseTimeView> {
  constructor(
    readonly shopId: string,
    readonly now: Date = new Date(),
  ) {
    super();
  }
}
