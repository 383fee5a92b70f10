import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
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
import { AdjustStockCommand } from '../application/commands/adjust-stock/adjust-stock.command';
import { ReceiveStockCommand } from '../application/commands/receive-stock/receive-stock.command';
import { TransferStockCommand } from '../application/commands/transfer-stock/transfer-stock.command';
import { TransferView } from '../application/commands/transfer-stock/transfer.view';
import { GetVariantStockQuery } from '../application/queries/get-variant-stock/get-variant-stock.query';
import { VariantStockView } from '../application/queries/get-variant-stock/variant-stock.view';
import { ListStockMovementsQuery } from '../application/queries/list-stock-movements/list-stock-movements.query';
import { StockMovementView } from '../application/queries/list-stock-movements/stock-movement.view';
import { ListWarehouseStockQuery } from '../application/queries/list-warehouse-stock/list-warehouse-stock.query';
import { StockLevelView } from '../application/queries/list-warehouse-stock/stock-level.view';
import {
  AdjustStockDto,
  MovementsQueryDto,
  ReceiveStockDto,
  TransferStockDto,
  VariantStockQueryDto,
} from './stock.request.dto';

@ApiTags('inventory')
@ApiBearerAuth()
@Roles('seller', 'admin')
@Controller('shops/:shopId')
export class StockController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post('warehouses/:warehouseId/receipts')
  @ApiCreatedResponse({ type: VariantStockView, description: 'The variant’s stock afterwards' })
  @ApiErrors(400, 401, 403, 404, 422)
  async receive(
    @CurrentUser() actor: Actor,
    @Param('shopId', ParseUuidPipe) shopId: string,
    @Param('warehouseId', ParseUuidPipe) warehouseId: string,
    @Body() dto: ReceiveStockDto,
  ): Promise<VariantStockView> {
    await this.commands.execute(
      new ReceiveStockCommand(
        actor,
        shopId,
        warehouseId,
        dto.variantId,
        dto.quantity,
        dto.reference,
      ),
    );
    return this.queries.execute(new GetVariantStockQuery(actor, shopId, dto.variantId));
  }

  @Post('warehouses/:warehouseId/adjustments')
  @ApiCreatedResponse({ type: VariantStockView, description: 'The variant’s stock afterwards' })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async adjust(
    @CurrentUser() actor: Actor,
    @Param('shopId', ParseUuidPipe) shopId: string,
    @Param('warehouseId', ParseUuidPipe) warehouseId: string,
    @Body() dto: AdjustStockDto,
  ): Promise<VariantStockView> {
    await this.commands.execute(
      new AdjustStockCommand(actor, shopId, warehouseId, dto.variantId, dto.delta, dto.reason),
    );
    return this.queries.execute(new GetVariantStockQuery(actor, shopId, dto.variantId));
  }

  @Post('transfers')
  @ApiCreatedResponse({ type: TransferView })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async transfer(
    @CurrentUser() actor: Actor,
    @Param('shopId', ParseUuidPipe) shopId: string,
    @Body() dto: TransferStockDto,
  ): Promise<TransferView> {
    const { transferId } = await this.commands.execute(
      new TransferStockCommand(
        actor,
        shopId,
        dto.fromWarehouseId,
        dto.toWarehouseId,
        dto.variantId,
        dto.quantity,
      ),
    );
    const stock = await this.queries.execute(
      new GetVariantStockQuery(actor, shopId, dto.variantId),
    );
    return { transferId, stock };
  }

  @Get('stock')
  @ApiOkResponse({ type: VariantStockView })
  @ApiErrors(400, 401, 403, 404)
  variantStock(
    @CurrentUser() actor: Actor,
    @Param('shopId', ParseUuidPipe) shopId: string,
    @Query() query: VariantStockQueryDto,
  ): Promise<VariantStockView> {
    return this.queries.execute(new GetVariantStockQuery(actor, shopId, query.variantId));
  }

  @Get('warehouses/:warehouseId/stock')
  @ApiOkResponse({ type: PageOf(StockLevelView) })
  @ApiErrors(400, 401, 403, 404)
  warehouseStock(
    @CurrentUser() actor: Actor,
    @Param('shopId', ParseUuidPipe) shopId: string,
    @Param('warehouseId', ParseUuidPipe) warehouseId: string,
    @Query() page: PageQuery,
  ): Promise<Page<StockLevelView>> {
    return this.queries.execute(
      new ListWarehouseStockQuery(actor, shopId, warehouseId, page.limit, page.offset),
    );
  }

  @Get('warehouses/:warehouseId/movements')
  @ApiOkResponse({ type: PageOf(StockMovementView) })
  @ApiErrors(400, 401, 403, 404)
  movements(
    @CurrentUser() actor: Actor,
    @Param('shopId', ParseUuidPipe) shopId: string,
    @Param('warehouseId', ParseUuidPipe) warehouseId: string,
    @Query() query: MovementsQueryDto,
  ): Promise<Page<StockMovementView>> {
    return this.queries.execute(
      new ListStockMovementsQuery(
        actor,
        shopId,
        warehouseId,
        query.variantId,
        query.limit,
        query.offset,
      ),
    );
  }
}
