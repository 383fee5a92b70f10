import { Command } from '@nestjs/cqrs';

/** A seller opens a shop; it starts active. */
export class OpenShopCommand extends Command<{ shopId: string }> {
  constructor(
    readonly ownerId: string,
    readonly name: string,
    readonly slug: string,
    readonly description: string | null,
  ) {
    super();
  }
}
