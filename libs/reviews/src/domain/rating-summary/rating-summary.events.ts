import { DomainEvent } from '@pasar/shared/domain';
import {
  RATING_SUMMARY_CHANGED,
  RatingSummaryChangedPayload,
} from '../../contracts/reviews.events';

/** Recorded whenever the approved reviews of a product add up differently. */
export class RatingSummaryChangedEvent extends DomainEvent<RatingSummaryChangedPayload> {
  readonly type = RATING_SUMMARY_CHANGED;
}
