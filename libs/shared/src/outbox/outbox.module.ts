import { Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { DiscoveryModule } from '@nestjs/core';
import { DOMAIN_EVENTS_QUEUE } from './event-envelope';
import { OutboxRelay } from './outbox-relay';
import { DomainEventsProcessor } from './domain-events.processor';
import { Inbox } from './inbox';

/** The `domain-events` queue; the api registers it to show it, the worker to relay and consume. */
export const DomainEventsQueueModule = BullModule.registerQueue({ name: DOMAIN_EVENTS_QUEUE });

/** Worker side: relays the outbox to the queue and dispatches events to their consumers. */
@Module({
  imports: [DiscoveryModule, DomainEventsQueueModule],
  providers: [Inbox, OutboxRelay, DomainEventsProcessor],
  exports: [Inbox, OutboxRelay],
})
export class OutboxRelayModule {}
