import { Command } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';
import { ReadTargetError } from '../../../domain/room/chat.errors';
import { ReadReceiptView } from './read-receipt.view';

/** Where a reader has read up to: a message number, or a message (by id). */
export type ReadTarget = { seq: number } | { messageId: string };

/** A participant has read a room up to a message; returns where their cursor now stands. */
export class MarkReadCommand extends Command<ReadReceiptView> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly roomId: string,
    readonly target: ReadTarget,
  ) {
    super();
  }
}

/** The target of a receipt that may carry either field; refuses none or both. */
export function readTarget(input: { seq?: number; messageId?: string }): ReadTarget {
  const { seq, messageId } = input;
  if ((seq === undefined) === (messageId === undefined)) throw new ReadTargetError();
  return seq !== undefined ? { seq } : { messageId: messageId! };
}
