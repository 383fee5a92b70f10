import { DiscoveryService, Reflector } from '@nestjs/core';
import { Processor } from '@nestjs/bullmq';
import { CONSUMES_EVENTS } from './event-consumer';
import { EventDispatcher } from './event-dispatcher';
import { DOMAIN_EVENTS_QUEUE } from './event-envelope';
import { Inbox } from './inbox';

/** Runs the `@ConsumesEvents` consumers (side effects) from the `domain-events` queue. */
@Processor(DOMAIN_EVENTS_QUEUE)
export class DomainEventsProcessor extends EventDispatcher {
  constructor(discovery: DiscoveryService, reflector: Reflector, inbox: Inbox) {
    super(CONSUMES_EVENTS, discovery, reflector, inbox);
  }
}
