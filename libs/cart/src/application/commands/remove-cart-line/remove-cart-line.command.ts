import { Command } from '@nestjs/cqrs';

/** Takes a line out of the buyer's cart. */
export class RemoveCartLineCommand extends Command<void> {
  constructor(
    readonly buyerId: string,
    readonly lineId: string,
  ) {
    super();
  }
}
