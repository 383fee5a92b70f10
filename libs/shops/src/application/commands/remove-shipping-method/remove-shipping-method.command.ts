import { Command } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';

/**
 * The shop's owner (or an admin) deletes a shipping method. Orders keep their own copy of the
 * method they were placed with, so nothing else refers to it.
 */
export class RemoveShippingMethodCommand extends Command<void> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly shopId: string,
    readonly methodId: string,
  ) {
    super();
  }
}
