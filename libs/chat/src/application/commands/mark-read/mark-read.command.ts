import { Command } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';
import { ReadReceiptView } from './read-receipt.view';

/** A participant has read a room up to a message; returns where their marker now stands. */
export class MarkReadCommand extends Command<ReadReceiptView> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly roomId: string,
    readonly messageId: string,
  ) {
    super();
  }
}
