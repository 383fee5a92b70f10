import { Body, Controller, Delete, Get, Param, Patch, Post, Put } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Actor, ApiErrors, CurrentUser, ParseUuidPipe, Roles } from '@pasar/shared';
import { AddCartLineCommand } from '../application/commands/add-cart-line/add-cart-line.command';
import { ApplyCartPromotionCommand } from '../application/commands/apply-cart-promotion/apply-cart-promotion.command';
import { ChangeCartLineQuantityCommand } from '../application/commands/change-cart-line-quantity/change-cart-line-quantity.command';
import { EmptyCartCommand } from '../application/commands/empty-cart/empty-cart.command';
import { RemoveCartLineCommand } from '../application/commands/remove-cart-line/remove-cart-line.command';
import { RemoveCartPromotionCommand } from '../application/commands/remove-cart-promotion/remove-cart-promotion.command';
import { PriceCartQuery } from '../application/queries/price-cart/price-cart.query';
import { PricedCart } from '../application/queries/price-cart/priced-cart.view';
import { AddCartLineDto, ApplyPromotionDto, ChangeCartLineDto } from './cart.request.dto';

/** The buyer's own cart. Every change answers with the cart priced as it is now. */
@ApiTags('cart')
@ApiBearerAuth()
@Roles('buyer')
@Controller('cart')
export class CartController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @ApiOkResponse({ type: PricedCart, description: 'Grouped by shop; an empty cart has no shops' })
  @ApiErrors(401, 403)
  get(@CurrentUser() buyer: Actor): Promise<PricedCart> {
    return this.priced(buyer);
  }

  @Post('lines')
  @ApiOperation({
    summary: 'Add units of an offer (to its line if the offer is already in the cart)',
    description:
      'Checks now, reserving nothing: 404 CART.OFFER_NOT_FOUND; 422 CART.OFFER_UNAVAILABLE ' +
      '(details.reason: offer_inactive, shop_inactive, product_inactive), CART.CURRENCY_MISMATCH, ' +
      'CART.QUANTITY_LIMIT, CART.LINE_LIMIT; 409 CART.INSUFFICIENT_STOCK (details.available).',
  })
  @ApiCreatedResponse({ type: PricedCart })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async addLine(@CurrentUser() buyer: Actor, @Body() dto: AddCartLineDto): Promise<PricedCart> {
    await this.commands.execute(new AddCartLineCommand(buyer.id, dto.offerId, dto.quantity));
    return this.priced(buyer);
  }

  @Patch('lines/:lineId')
  @ApiOperation({
    summary: 'Set a line’s quantity',
    description: '404 CART.LINE_NOT_FOUND, then the same checks as adding a line.',
  })
  @ApiOkResponse({ type: PricedCart })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async changeLine(
    @CurrentUser() buyer: Actor,
    @Param('lineId', ParseUuidPipe) lineId: string,
    @Body() dto: ChangeCartLineDto,
  ): Promise<PricedCart> {
    await this.commands.execute(new ChangeCartLineQuantityCommand(buyer.id, lineId, dto.quantity));
    return this.priced(buyer);
  }

  @Delete('lines/:lineId')
  @ApiOkResponse({ type: PricedCart })
  @ApiErrors(400, 401, 403, 404)
  async removeLine(
    @CurrentUser() buyer: Actor,
    @Param('lineId', ParseUuidPipe) lineId: string,
  ): Promise<PricedCart> {
    await this.commands.execute(new RemoveCartLineCommand(buyer.id, lineId));
    return this.priced(buyer);
  }

  @Delete()
  @ApiOkResponse({ type: PricedCart, description: 'Every line and the promotion removed' })
  @ApiErrors(401, 403)
  async empty(@CurrentUser() buyer: Actor): Promise<PricedCart> {
    await this.commands.execute(new EmptyCartCommand(buyer.id));
    return this.priced(buyer);
  }

  @Put('promotion')
  @ApiOperation({
    summary: 'Apply a promo code (replacing any other); no use is counted until an order is placed',
    description:
      '404 CART.PROMOTION_NOT_FOUND; 422 CART.PROMOTION_INACTIVE, CART.PROMOTION_NOT_STARTED, ' +
      'CART.PROMOTION_EXPIRED, CART.PROMOTION_EXHAUSTED, CART.PROMOTION_BUYER_LIMIT_REACHED, ' +
      'CART.PROMOTION_CURRENCY_MISMATCH, CART.PROMOTION_NOT_APPLICABLE (nothing in the cart it ' +
      'covers), CART.PROMOTION_MINIMUM_NOT_MET.',
  })
  @ApiOkResponse({ type: PricedCart })
  @ApiErrors(400, 401, 403, 404, 422)
  async applyPromotion(
    @CurrentUser() buyer: Actor,
    @Body() dto: ApplyPromotionDto,
  ): Promise<PricedCart> {
    await this.commands.execute(new ApplyCartPromotionCommand(buyer.id, dto.code));
    return this.priced(buyer);
  }

  @Delete('promotion')
  @ApiOkResponse({ type: PricedCart })
  @ApiErrors(401, 403)
  async removePromotion(@CurrentUser() buyer: Actor): Promise<PricedCart> {
    await this.commands.execute(new RemoveCartPromotionCommand(buyer.id));
    return this.priced(buyer);
  }

  private priced(buyer: Actor): Promise<PricedCart> {
    return this.queries.execute(new PriceCartQuery(buyer.id));
  }
}
