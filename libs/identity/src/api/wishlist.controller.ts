import { Controller, Delete, Get, HttpCode, Param, Put, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  Actor,
  ApiErrors,
  CurrentUser,
  Page,
  PageOf,
  PageQuery,
  ParseUuidPipe,
} from '@pasar/shared';
import { AddToWishlistCommand } from '../application/commands/add-to-wishlist/add-to-wishlist.command';
import { RemoveFromWishlistCommand } from '../application/commands/remove-from-wishlist/remove-from-wishlist.command';
import { ListWishlistQuery } from '../application/queries/list-wishlist/list-wishlist.query';
import { WishlistItemView } from '../application/queries/list-wishlist/wishlist-item.view';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me/wishlist')
export class WishlistController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @ApiOkResponse({ type: PageOf(WishlistItemView) })
  @ApiErrors(400, 401)
  list(@CurrentUser() actor: Actor, @Query() page: PageQuery): Promise<Page<WishlistItemView>> {
    return this.queries.execute(new ListWishlistQuery(actor.id, page.limit, page.offset));
  }

  @Put(':productId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'On the wishlist (adding twice changes nothing)' })
  @ApiErrors(400, 401, 404)
  add(
    @CurrentUser() actor: Actor,
    @Param('productId', ParseUuidPipe) productId: string,
  ): Promise<void> {
    return this.commands.execute(new AddToWishlistCommand(actor.id, productId));
  }

  @Delete(':productId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiErrors(400, 401, 404)
  remove(
    @CurrentUser() actor: Actor,
    @Param('productId', ParseUuidPipe) productId: string,
  ): Promise<void> {
    return this.commands.execute(new RemoveFromWishlistCommand(actor.id, productId));
  }
}
