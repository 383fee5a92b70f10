import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { GetUserQuery } from '@pasar/identity';
import { LruMap } from '@pasar/shared';

/** How long a sender's display name is reused; a rename shows in new messages after this. */
const NAME_TTL_MS = 60_000;
/** Names kept at most; the least recently used makes room. */
const MAX_NAMES = 10_000;

/**
 * Display names of message senders, kept briefly in memory: every message carries its sender's
 * name, and looking it up for each message cost about as much as storing the message.
 */
@Injectable()
export class SenderNames {
  private readonly names = new LruMap<string>(MAX_NAMES, NAME_TTL_MS);

  constructor(private readonly queries: QueryBus) {}

  async nameOf(userId: string): Promise<string> {
    const known = this.names.get(userId);
    if (known !== undefined) return known;
    const { name } = await this.queries.execute(new GetUserQuery(userId));
    this.names.set(userId, name);
    return name;
  }
}
