import { randomUUID } from 'node:crypto';

/**
 * Something that happened in an aggregate. `type` is stable and namespaced by context
 * (`identity.user-registered`); it is the BullMQ job name once relayed through the outbox.
 */
export abstract class DomainEvent<P extends object = object> {
  abstract readonly type: string;
  readonly id: string = randomUUID();
  readonly occurredAt: Date = new Date();

  constructor(
    readonly aggregateType: string,
    readonly aggregateId: string,
    readonly payload: P,
  ) {}
}
