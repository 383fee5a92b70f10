import { Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { DiscoveryModule } from '@nestjs/core';
import { PROJECTIONS_QUEUE } from './event-consumer';
import { DOMAIN_EVENTS_QUEUE } from './event-envelope';
import { OUTBOX_RELAY_PRODUCER, OutboxRelay } from './outbox-relay';
import { DomainEventsProcessor } from './domain-events.processor';
import { ProjectionsProcessor } from './projections.processor';
import { Inbox } from './inbox';

/**
 * The two queues every relayed event goes to, `domain-events` and `projections`; the api
 * registers them to show them, the worker to relay and consume.
 */
export const DomainEventsQueueModule = BullModule.registerQueue(
  { name: DOMAIN_EVENTS_QUEUE },
  { name: PROJECTIONS_QUEUE },
);

/** Worker side: relays the outbox to both queues and dispatches events to their consumers. */
@Module({
  imports: [
    DiscoveryModule,
    DomainEventsQueueModule,
    BullModule.registerFlowProducer({ name: OUTBOX_RELAY_PRODUCER }),
  ],
  providers: [Inbox, OutboxRelay, DomainEventsProcessor, ProjectionsProcessor],
  exports: [Inbox, OutboxRelay],
})
export class OutboxRelayModule {}
