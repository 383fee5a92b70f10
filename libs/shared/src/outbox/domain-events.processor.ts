import { Logger, OnModuleInit } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { CONSUMES_EVENTS, EventConsumer } from './event-consumer';
import { DOMAIN_EVENTS_QUEUE, EventEnvelope } from './event-envelope';
import { Inbox } from './inbox';

interface RegisteredConsumer {
  name: string;
  instance: EventConsumer;
}

/** Dispatches each relayed event to every consumer of its type, once per consumer. */
@Processor(DOMAIN_EVENTS_QUEUE)
export class DomainEventsProcessor extends WorkerHost implements OnModuleInit {
  private readonly logger = new Logger(DomainEventsProcessor.name);
  private readonly consumers = new Map<string, RegisteredConsumer[]>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    private readonly inbox: Inbox,
  ) {
    super();
  }

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders()) {
      if (!wrapper.metatype || !wrapper.instance) continue;
      const types = this.reflector.get<string[] | undefined>(CONSUMES_EVENTS, wrapper.metatype);
      if (!types) continue;
      for (const type of types) {
        const list = this.consumers.get(type) ?? [];
        list.push({ name: wrapper.metatype.name, instance: wrapper.instance as EventConsumer });
        this.consumers.set(type, list);
      }
    }
  }

  async process(job: Job<EventEnvelope>): Promise<{ handledBy: string[] }> {
    const handledBy: string[] = [];
    for (const consumer of this.consumers.get(job.name) ?? []) {
      const ran = await this.inbox.runOnce(consumer.name, job.data.id, (em) =>
        consumer.instance.handle(job.data, em),
      );
      if (ran) handledBy.push(consumer.name);
      else this.logger.debug(`${consumer.name} already handled ${job.data.id}`);
    }
    return { handledBy };
  }
}
