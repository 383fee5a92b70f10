import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, ApiErrors, CurrentUser, Page, PageOf, PageQuery, Roles } from '@pasar/shared';
import { ShopView } from '../application/queries/get-shop/shop.view';
import { ListMyShopsQuery } from '../application/queries/list-my-shops/list-my-shops.query';

@ApiTags('shops')
@ApiBearerAuth()
@Roles('seller')
@Controller('me/shops')
export class MyShopsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOkResponse({ type: PageOf(ShopView), description: "The seller's shops, newest first" })
  @ApiErrors(400, 401, 403)
  list(@CurrentUser() actor: Actor, @Query() page: PageQuery): Promise<Page<ShopView>> {
    return this.queries.execute(new ListMyShopsQuery(actor.id, page.limit, page.offset));
  }
}
