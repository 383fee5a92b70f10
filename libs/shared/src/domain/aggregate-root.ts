import { DomainEvent } from './domain-event';

/**
 * Base of every aggregate. Events recorded here are written to the outbox in the same
 * flush that persists the aggregate (see OutboxSubscriber), so state and events commit together.
 * The field is not a mapped property, so MikroORM never persists it.
 */
export abstract class AggregateRoot {
  private recordedEvents: DomainEvent[] = [];

  protected record(event: DomainEvent): void {
    (this.recordedEvents ??= []).push(event);
  }

  /** The events recorded since the last pull; pulling clears them. */
  pullEvents(): DomainEvent[] {
    const events = this.recordedEvents ?? [];
    this.recordedEvents = [];
    return events;
  }

  /** Recorded events not yet pulled (for tests and the outbox). */
  peekEvents(): readonly DomainEvent[] {
    return this.recordedEvents ?? [];
  }
}
