import { Command } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';

/** A participant lifts the block their side placed (the other side's block stays). */
export class UnblockRoomCommand extends Command<void> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly roomId: string,
  ) {
    super();
  }
}
