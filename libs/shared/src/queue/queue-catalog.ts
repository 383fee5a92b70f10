import { Injectable } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { Queue } from 'bullmq';

/** Every BullMQ queue registered in this application, found by discovery. */
@Injectable()
export class QueueCatalog {
  private cached?: Queue[];

  constructor(private readonly discovery: DiscoveryService) {}

  all(): Queue[] {
    this.cached ??= this.discovery
      .getProviders()
      .map((wrapper) => wrapper.instance as unknown)
      .filter((instance): instance is Queue => instance instanceof Queue)
      .sort((a, b) => a.name.localeCompare(b.name));
    return this.cached;
  }
}
