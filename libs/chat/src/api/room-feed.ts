import { MessageView } from '../application/queries/get-room/message.view';
import { Participation } from '../domain/room/chat-room.aggregate';

/** Reads a room's stored messages after a seq, oldest first (at most a page per call). */
export type ReadSince = (afterSeq: number) => Promise<{ items: MessageView[]; hasMore: boolean }>;

/**
 * What one socket has been given of one room: every message up to `delivered`, each once and in
 * seq order. Live messages arrive through the instances' pub/sub in any order (two instances
 * publish independently); a message beyond the next expected one means the ones in between are
 * already committed (seqs commit in order), so they are read from Postgres first. Everything a
 * feed does runs one step at a time, so replay and live delivery never interleave.
 */
export class RoomFeed {
  private delivered: number;
  /** Seqs of this socket's own messages: acked to it, so skipped when they come round. */
  private readonly own = new Set<number>();
  private queue: Promise<void> = Promise.resolve();

  constructor(
    readonly participation: Participation,
    startAfter: number,
    private readonly emit: (message: MessageView) => void,
    private readonly readSince: ReadSince,
    private readonly onError: (error: unknown) => void,
  ) {
    this.delivered = startAfter;
  }

  get lastDelivered(): number {
    return this.delivered;
  }

  /** This socket sent the message and has it in its ack. */
  acked(seq: number): void {
    if (seq > this.delivered) this.own.add(seq);
  }

  /** A message just stored, from any instance. */
  offer(message: MessageView): Promise<void> {
    return this.step(async () => {
      if (message.seq <= this.delivered) return;
      if (message.seq === this.delivered + 1) this.give(message);
      else await this.catchUp();
    });
  }

  /** Reads and gives everything stored after what this socket has. */
  sync(): Promise<number> {
    return this.step(() => this.catchUp()).then(() => this.delivered);
  }

  private async catchUp(): Promise<void> {
    for (;;) {
      const page = await this.readSince(this.delivered);
      page.items.forEach((message) => this.give(message));
      if (!page.hasMore || page.items.length === 0) return;
    }
  }

  private give(message: MessageView): void {
    if (message.seq !== this.delivered + 1) return;
    this.delivered = message.seq;
    if (this.own.delete(message.seq)) return;
    this.emit(message);
  }

  private step(work: () => Promise<void>): Promise<void> {
    const next = this.queue.then(work);
    this.queue = next.catch((error: unknown) => this.onError(error));
    return next;
  }
}
