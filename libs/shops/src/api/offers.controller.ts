import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, ApiErrors, CurrentUser, Page, PageOf, ParseUuidPipe, Roles } from '@pasar/shared';
import { CreateOfferCommand } from '../application/commands/create-offer/create-offer.command';
import { UpdateOfferCommand } from '../application/commands/update-offer/update-offer.command';
import { GetOfferQuery } from '../application/queries/get-offer/get-offer.query';
import { OfferView } from '../application/queries/get-offer/offer.view';
import { ListShopOffersQuery } from '../application/queries/list-shop-offers/list-shop-offers.query';
import { CreateOfferDto, ListOffersQueryDto, UpdateOfferDto } from './offer.request.dto';

/** A shop's offers (ShopProduct), managed by the shop's owner or an admin. */
@ApiTags('shops')
@ApiBearerAuth()
@Roles('seller', 'admin')
@Controller('shops/:shopId/offers')
export class OffersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: OfferView })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async create(
    @CurrentUser() actor: Actor,
    @Param('shopId', ParseUuidPipe) shopId: string,
    @Body() dto: CreateOfferDto,
  ): Promise<OfferView> {
    const { offerId } = await this.commands.execute(
      new CreateOfferCommand(
        actor,
        shopId,
        dto.variantId.toLowerCase(),
        { ...dto.price },
        dto.compareAtPrice ? { ...dto.compareAtPrice } : null,
        dto.active,
      ),
    );
    return this.queries.execute(new GetOfferQuery(actor, shopId, offerId));
  }

  @Get()
  @ApiOkResponse({ type: PageOf(OfferView), description: 'Newest first' })
  @ApiErrors(400, 401, 403, 404)
  list(
    @CurrentUser() actor: Actor,
    @Param('shopId', ParseUuidPipe) shopId: string,
    @Query() query: ListOffersQueryDto,
  ): Promise<Page<OfferView>> {
    return this.queries.execute(
      new ListShopOffersQuery(actor, shopId, query.active, query.limit, query.offset),
    );
  }

  @Get(':offerId')
  @ApiOkResponse({ type: OfferView })
  @ApiErrors(400, 401, 403, 404)
  get(
    @CurrentUser() actor: Actor,
    @Param('shopId', ParseUuidPipe) shopId: string,
    @Param('offerId', ParseUuidPipe) offerId: string,
  ): Promise<OfferView> {
    return this.queries.execute(new GetOfferQuery(actor, shopId, offerId));
  }

  @Patch(':offerId')
  @ApiOkResponse({ type: OfferView })
  @ApiErrors(400, 401, 403, 404, 422)
  async update(
    @CurrentUser() actor: Actor,
    @Param('shopId', ParseUuidPipe) shopId: string,
    @Param('offerId', ParseUuidPipe) offerId: string,
    @Body() dto: UpdateOfferDto,
  ): Promise<OfferView> {
    await this.commands.execute(
      new UpdateOfferCommand(actor, shopId, offerId, {
        price: dto.price && { ...dto.price },
        compareAtPrice: dto.compareAtPrice && { ...dto.compareAtPrice },
        active: dto.active,
      }),
    );
    return this.queries.execute(new GetOfferQuery(actor, shopId, offerId));
  }
}
