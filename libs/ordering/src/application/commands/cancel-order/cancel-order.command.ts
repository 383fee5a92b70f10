import { Command } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';

/** The buyer gives up their unpaid order: its stock and promotion use are given back. */
export class CancelOrderCommand extends Command<void> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly orderId: string,
  ) {
    super();
  }
}
