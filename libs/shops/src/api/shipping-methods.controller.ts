import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Actor, ApiErrors, CurrentUser, ParseUuidPipe, Public, Roles } from '@pasar/shared';
import { DefineShippingMethodCommand } from '../application/commands/define-shipping-method/define-shipping-method.command';
import { RemoveShippingMethodCommand } from '../application/commands/remove-shipping-method/remove-shipping-method.command';
import { ReviseShippingMethodCommand } from '../application/commands/revise-shipping-method/revise-shipping-method.command';
import { ShippingOption } from '../application/queries/get-shipping-options/shipping-option.view';
import { ListShippingMethodsQuery } from '../application/queries/list-shipping-methods/list-shipping-methods.query';
import { ShippingMethodView } from '../application/queries/list-shipping-methods/shipping-method.view';
import { ListShopShippingOptionsQuery } from '../application/queries/list-shop-shipping-options/list-shop-shipping-options.query';
import { shippingMethodNotFound } from '../domain/shipping/shipping-method.errors';
import { CreateShippingMethodDto, UpdateShippingMethodDto } from './shipping-method.request.dto';

/**
 * How a shop ships: managed by the shop's owner or an admin (another seller's shop is a 404);
 * the active methods are public. A shop's offers can be bought only while it has one.
 */
@ApiTags('shops')
@Controller('shops/:shopId')
export class ShippingMethodsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get('shipping-options')
  @Public()
  @ApiOkResponse({ type: [ShippingOption], description: 'Active methods, cheapest first' })
  @ApiErrors(400, 404)
  options(@Param('shopId', ParseUuidPipe) shopId: string): Promise<ShippingOption[]> {
    return this.queries.execute(new ListShopShippingOptionsQuery(shopId));
  }

  @Post('shipping-methods')
  @Roles('seller', 'admin')
  @ApiBearerAuth()
  @ApiCreatedResponse({ type: ShippingMethodView })
  @ApiErrors(400, 401, 403, 404)
  async create(
    @CurrentUser() actor: Actor,
    @Param('shopId', ParseUuidPipe) shopId: string,
    @Body() dto: CreateShippingMethodDto,
  ): Promise<ShippingMethodView> {
    const { methodId } = await this.commands.execute(
      new DefineShippingMethodCommand(actor, shopId, {
        name: dto.name,
        carrier: dto.carrier,
        pricing: dto.pricing,
        price: { ...dto.price },
        freeAbove: dto.freeAbove ?? null,
        estimatedDaysMin: dto.estimatedDaysMin,
        estimatedDaysMax: dto.estimatedDaysMax,
        active: dto.active,
      }),
    );
    return this.one(actor, shopId, methodId);
  }

  @Get('shipping-methods')
  @Roles('seller', 'admin')
  @ApiBearerAuth()
  @ApiOkResponse({ type: [ShippingMethodView], description: 'Active or not, oldest first' })
  @ApiErrors(400, 401, 403, 404)
  list(
    @CurrentUser() actor: Actor,
    @Param('shopId', ParseUuidPipe) shopId: string,
  ): Promise<ShippingMethodView[]> {
    return this.queries.execute(new ListShippingMethodsQuery(actor, shopId));
  }

  @Get('shipping-methods/:methodId')
  @Roles('seller', 'admin')
  @ApiBearerAuth()
  @ApiOkResponse({ type: ShippingMethodView })
  @ApiErrors(400, 401, 403, 404)
  get(
    @CurrentUser() actor: Actor,
    @Param('shopId', ParseUuidPipe) shopId: string,
    @Param('methodId', ParseUuidPipe) methodId: string,
  ): Promise<ShippingMethodView> {
    return this.one(actor, shopId, methodId);
  }

  @Patch('shipping-methods/:methodId')
  @Roles('seller', 'admin')
  @ApiBearerAuth()
  @ApiOkResponse({ type: ShippingMethodView })
  @ApiErrors(400, 401, 403, 404)
  async update(
    @CurrentUser() actor: Actor,
    @Param('shopId', ParseUuidPipe) shopId: string,
    @Param('methodId', ParseUuidPipe) methodId: string,
    @Body() dto: UpdateShippingMethodDto,
  ): Promise<ShippingMethodView> {
    await this.commands.execute(
      new ReviseShippingMethodCommand(actor, shopId, methodId, {
        ...dto,
        price: dto.price && { ...dto.price },
      }),
    );
    return this.one(actor, shopId, methodId);
  }

  @Delete('shipping-methods/:methodId')
  @Roles('seller', 'admin')
  @ApiBearerAuth()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted; orders keep their copy of it' })
  @ApiErrors(400, 401, 403, 404)
  async remove(
    @CurrentUser() actor: Actor,
    @Param('shopId', ParseUuidPipe) shopId: string,
    @Param('methodId', ParseUuidPipe) methodId: string,
  ): Promise<void> {
    await this.commands.execute(new RemoveShippingMethodCommand(actor, shopId, methodId));
  }

  private async one(actor: Actor, shopId: string, methodId: string): Promise<ShippingMethodView> {
    const [method] = await this.queries.execute(
      new ListShippingMethodsQuery(actor, shopId, methodId),
    );
    if (!method) throw shippingMethodNotFound(methodId);
    return method;
  }
}
