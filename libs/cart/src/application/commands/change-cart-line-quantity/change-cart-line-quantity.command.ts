import { Command } from '@nestjs/cqrs';

/** Sets a cart line's quantity; its offer must be sellable in that quantity now. */
export class ChangeCartLineQuantityCommand extends Command<void> {
  constructor(
    readonly buyerId: string,
    readonly lineId: string,
    readonly quantity: number,
  ) {
    super();
  }
}
