import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { ProviderEvent } from '../../domain/provider/provider-event';
import { WebhookEventRepository } from '../../domain/webhook/webhook-event.repository';

@Injectable()
export class SqlWebhookEventRepository extends WebhookEventRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async recordFirstDelivery(provider: string, event: ProviderEvent, now: Date): Promise<boolean> {
    const inserted = await this.em.execute<{ event_id: string }[]>(
      `insert into payments.webhook_events (provider, event_id, type, received_at)
       values (?, ?, ?, ?) on conflict do nothing returning event_id`,
      [provider, event.id, event.type, now],
    );
    return inserted.length > 0;
  }
}
