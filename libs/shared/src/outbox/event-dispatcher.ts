import { Logger, OnModuleInit } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { EventConsumer } from './event-consumer';
import { EventEnvelope } from './event-envelope';
import { Inbox } from './inbox';

interface RegisteredConsumer {
  name: string;
  instance: EventConsumer;
}

/**
 * Dispatches each relayed event to every consumer of its type found under `metadataKey`, once
 * per consumer (the inbox is keyed by consumer class name, whichever queue it runs on).
 */
export abstract class EventDispatcher extends WorkerHost implements OnModuleInit {
  private readonly logger = new Logger(this.constructor.name);
  private readonly consumers = new Map<string, RegisteredConsumer[]>();

  protected constructor(
    private readonly metadataKey: symbol,
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    private readonly inbox: Inbox,
  ) {
    super();
  }

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders()) {
      if (!wrapper.metatype || !wrapper.instance) continue;
      const types = this.reflector.get<string[] | undefined>(this.metadataKey, wrapper.metatype);
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
