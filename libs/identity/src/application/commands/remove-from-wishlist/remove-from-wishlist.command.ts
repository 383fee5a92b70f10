import { Command } from '@nestjs/cqrs';

export class RemoveFromWishlistCommand extends Command<void> {
  constructor(
    readonly userId: string,
    readonly productId: string,
  ) {
    super();
  }
}
