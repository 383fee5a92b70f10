import { EventSubscriber, FlushEventArgs } from '@mikro-orm/core';
import { AggregateRoot } from '../domain/aggregate-root';
import { OutboxMessage } from './outbox-message.entity';

/**
 * Before every flush, moves the events recorded by the aggregates in the unit of work into
 * outbox rows, so they are committed in the same transaction as the state that caused them.
 */
export class OutboxSubscriber implements EventSubscriber {
  async beforeFlush({ em, uow }: FlushEventArgs): Promise<void> {
    const candidates = new Set<object>([
      ...uow.getPersistStack(),
      ...uow.getIdentityMap().values(),
    ]);
    for (const entity of candidates) {
      if (!(entity instanceof AggregateRoot)) continue;
      for (const event of entity.pullEvents()) {
        em.persist(OutboxMessage.fromEvent(event));
      }
    }
  }
}
