import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  Actor,
  ApiErrors,
  CurrentUser,
  Page,
  PageOf,
  PageQuery,
  ParseUuidPipe,
  Roles,
} from '@pasar/shared';
import { CreatePromotionCommand } from '../application/commands/create-promotion/create-promotion.command';
import { RevisePromotionCommand } from '../application/commands/revise-promotion/revise-promotion.command';
import { GetPromotionQuery } from '../application/queries/get-promotion/get-promotion.query';
import { PromotionView } from '../application/queries/get-promotion/promotion.view';
import { ListPromotionsQuery } from '../application/queries/list-promotions/list-promotions.query';
import { CreatePromotionDto, optionalDate, RevisePromotionDto } from './promotion.request.dto';

/** Promo codes: platform-wide ones by admins, shop ones by the shop's seller (or an admin). */
@ApiTags('promotions')
@ApiBearerAuth()
@Roles('seller', 'admin')
@Controller('promotions')
export class PromotionsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Create a promotion: platform-wide (admins) or for one shop',
    description:
      '400 CART.INVALID_PROMOTION (details.field); 403 CART.PLATFORM_PROMOTION_FORBIDDEN for a ' +
      'seller without shopId; 404 CART.SHOP_NOT_FOUND for a shop that is not the seller’s; ' +
      '409 CART.PROMOTION_CODE_TAKEN.',
  })
  @ApiCreatedResponse({ type: PromotionView })
  @ApiErrors(400, 401, 403, 404, 409)
  async create(
    @CurrentUser() actor: Actor,
    @Body() dto: CreatePromotionDto,
  ): Promise<PromotionView> {
    const { promotionId } = await this.commands.execute(
      new CreatePromotionCommand(actor, {
        code: dto.code,
        kind: dto.kind,
        percent: dto.percent ?? null,
        amount: dto.amount ?? null,
        currency: dto.currency ?? null,
        shopId: dto.shopId ?? null,
        minimumSubtotal: dto.minimumSubtotal ?? 0,
        startsAt: optionalDate(dto.startsAt) ?? new Date(),
        endsAt: optionalDate(dto.endsAt) ?? null,
        usageLimit: dto.usageLimit ?? null,
        perBuyerLimit: dto.perBuyerLimit ?? null,
        active: dto.active ?? true,
      }),
    );
    return this.queries.execute(new GetPromotionQuery(actor, promotionId));
  }

  @Get()
  @ApiOkResponse({
    type: PageOf(PromotionView),
    description: 'Newest first: all for admins, those of the seller’s shops for a seller',
  })
  @ApiErrors(400, 401, 403)
  list(@CurrentUser() actor: Actor, @Query() page: PageQuery): Promise<Page<PromotionView>> {
    return this.queries.execute(new ListPromotionsQuery(actor, page.limit, page.offset));
  }

  @Get(':id')
  @ApiOkResponse({ type: PromotionView })
  @ApiErrors(400, 401, 403, 404)
  get(@CurrentUser() actor: Actor, @Param('id', ParseUuidPipe) id: string): Promise<PromotionView> {
    return this.queries.execute(new GetPromotionQuery(actor, id));
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Switch on or off, move the end, change the limits',
    description: '422 CART.PROMOTION_LIMIT_BELOW_USAGE for a usage limit below the uses so far.',
  })
  @ApiOkResponse({ type: PromotionView })
  @ApiErrors(400, 401, 403, 404, 422)
  async revise(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUuidPipe) id: string,
    @Body() dto: RevisePromotionDto,
  ): Promise<PromotionView> {
    await this.commands.execute(
      new RevisePromotionCommand(actor, id, {
        active: dto.active,
        endsAt: optionalDate(dto.endsAt),
        usageLimit: dto.usageLimit,
        perBuyerLimit: dto.perBuyerLimit,
      }),
    );
    return this.queries.execute(new GetPromotionQuery(actor, id));
  }
}
