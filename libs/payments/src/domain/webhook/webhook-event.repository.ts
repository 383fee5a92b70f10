import { ProviderEvent } from '../provider/provider-event';

/** DI token and port: the log of applied webhook events (unique per provider and event id). */
export abstract class WebhookEventRepository {
  /**
   * Records the event unless it already is; true the first time only. A concurrent delivery of
   * the same event waits for the first one's transaction, then gets false.
   */
  abstract recordFirstDelivery(provider: string, event: ProviderEvent, now: Date): Promise<boolean>;
}
