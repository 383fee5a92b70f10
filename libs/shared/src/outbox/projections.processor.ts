import { DiscoveryService, Reflector } from '@nestjs/core';
import { Processor } from '@nestjs/bullmq';
import { PROJECTIONS_QUEUE, PROJECTS_EVENTS } from './event-consumer';
import { EventDispatcher } from './event-dispatcher';
import { Inbox } from './inbox';

/** Runs the `@ProjectsEvents` consumers (read models) from the `projections` queue. */
@Processor(PROJECTIONS_QUEUE)
export class ProjectionsProcessor extends EventDispatcher {
  constructor(discovery: DiscoveryService, reflector: Reflector, inbox: Inbox) {
    super(PROJECTS_EVENTS, discovery, reflector, inbox);
  }
}
