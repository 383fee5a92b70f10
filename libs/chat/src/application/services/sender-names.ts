import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { GetUserQuery } from '@pasar/identity';

/** How long a sender's display name is reused; a rename shows in new messages after this. */
const NAME_TTL_MS = 60_000;
/** Names kept at most; the oldest entry makes room. */
const MAX_NAMES = 10_000;

/**
 * Display names of message senders, kept briefly in memory: every message carries its sender's
 * name, and looking it up for each message cost about as much as storing the message.
 */
@Injectable()
export class SenderNames {
  private readonly names = new Map<string, { name: string; until: number }>();

  constructor(private readonly queries: QueryBus) {}

  async nameOf(userId: string): Promise<string> {
    const now = Date.now();
    const known = this.names.get(userId);
    if (known && known.until > now) return known.name;
    const { name } = await this.queries.execute(new GetUserQuery(userId));
    this.names.delete(userId);
    if (this.names.size >= MAX_NAMES) this.names.delete(this.names.keys().next().value!);
    this.names.set(userId, { name, until: now + NAME_TTL_MS });
    return name;
  }
}
