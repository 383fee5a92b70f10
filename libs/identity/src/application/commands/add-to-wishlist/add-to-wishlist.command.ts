import { Command } from '@nestjs/cqrs';

export class AddToWishlistCommand extends Command<void> {
  constructor(
    readonly userId: string,
    readonly productId: string,
  ) {
    super();
  }
}
