import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, ApiErrors, CurrentUser, ParseUuidPipe, Public, Roles } from '@pasar/shared';
import { OpenShopCommand } from '../application/commands/open-shop/open-shop.command';
import { UpdateShopCommand } from '../application/commands/update-shop/update-shop.command';
import { GetPublicShopQuery } from '../application/queries/get-public-shop/get-public-shop.query';
import { PublicShopView } from '../application/queries/get-public-shop/public-shop.view';
import { GetShopQuery } from '../application/queries/get-shop/get-shop.query';
import { ShopView } from '../application/queries/get-shop/shop.view';
import { ParseSlugPipe } from './parse-slug.pipe';
import { CreateShopDto, UpdateShopDto } from './shop.request.dto';

@ApiTags('shops')
@Controller('shops')
export class ShopsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Roles('seller')
  @ApiBearerAuth()
  @ApiCreatedResponse({ type: ShopView, description: 'Opened, active' })
  @ApiErrors(400, 401, 403, 409)
  async open(@CurrentUser() actor: Actor, @Body() dto: CreateShopDto): Promise<ShopView> {
    const { shopId } = await this.commands.execute(
      new OpenShopCommand(actor.id, dto.name, dto.slug, dto.description ?? null),
    );
    return this.queries.execute(new GetShopQuery(actor, shopId));
  }

  @Get(':slug')
  @Public()
  @ApiOkResponse({ type: PublicShopView, description: 'An active shop' })
  @ApiErrors(400, 404)
  getPublic(@Param('slug', ParseSlugPipe) slug: string): Promise<PublicShopView> {
    return this.queries.execute(new GetPublicShopQuery(slug));
  }

  @Get(':shopId/manage')
  @Roles('seller', 'admin')
  @ApiBearerAuth()
  @ApiOkResponse({ type: ShopView, description: 'The shop, active or not, for its owner' })
  @ApiErrors(400, 401, 403, 404)
  getManaged(
    @CurrentUser() actor: Actor,
    @Param('shopId', ParseUuidPipe) shopId: string,
  ): Promise<ShopView> {
    return this.queries.execute(new GetShopQuery(actor, shopId));
  }

  @Patch(':shopId')
  @Roles('seller', 'admin')
  @ApiBearerAuth()
  @ApiOkResponse({ type: ShopView })
  @ApiErrors(400, 401, 403, 404, 409)
  async update(
    @CurrentUser() actor: Actor,
    @Param('shopId', ParseUuidPipe) shopId: string,
    @Body() dto: UpdateShopDto,
  ): Promise<ShopView> {
    await this.commands.execute(new UpdateShopCommand(actor, shopId, { ...dto }));
    return this.queries.execute(new GetShopQuery(actor, shopId));
  }
}
