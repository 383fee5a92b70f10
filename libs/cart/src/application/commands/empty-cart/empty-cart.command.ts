import { Command } from '@nestjs/cqrs';

/** Removes every line and the promotion from a buyer's cart (checkout does this in its transaction). */
export class EmptyCartCommand extends Command<void> {
  constructor(readonly buyerId: string) {
    super();
  }
}
