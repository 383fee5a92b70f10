import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
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
import { OpenWarehouseCommand } from '../application/commands/open-warehouse/open-warehouse.command';
import { ReviseWarehouseCommand } from '../application/commands/revise-warehouse/revise-warehouse.command';
import { GetWarehouseQuery } from '../application/queries/get-warehouse/get-warehouse.query';
import { WarehouseView } from '../application/queries/get-warehouse/warehouse.view';
import { ListWarehousesQuery } from '../application/queries/list-warehouses/list-warehouses.query';
import { addressFields, OpenWarehouseDto, ReviseWarehouseDto } from './warehouse.request.dto';

@ApiTags('inventory')
@ApiBearerAuth()
@Roles('seller', 'admin')
@Controller('shops/:shopId/warehouses')
export class WarehousesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: WarehouseView })
  @ApiErrors(400, 401, 403, 404)
  async open(
    @CurrentUser() actor: Actor,
    @Param('shopId', ParseUuidPipe) shopId: string,
    @Body() dto: OpenWarehouseDto,
  ): Promise<WarehouseView> {
    const { warehouseId } = await this.commands.execute(
      new OpenWarehouseCommand(actor, shopId, dto.name, addressFields(dto.address), dto.priority),
    );
    return this.queries.execute(new GetWarehouseQuery(actor, shopId, warehouseId));
  }

  @Get()
  @ApiOkResponse({ type: PageOf(WarehouseView) })
  @ApiErrors(400, 401, 403, 404)
  list(
    @CurrentUser() actor: Actor,
    @Param('shopId', ParseUuidPipe) shopId: string,
    @Query() page: PageQuery,
  ): Promise<Page<WarehouseView>> {
    return this.queries.execute(new ListWarehousesQuery(actor, shopId, page.limit, page.offset));
  }

  @Get(':warehouseId')
  @ApiOkResponse({ type: WarehouseView })
  @ApiErrors(400, 401, 403, 404)
  get(
    @CurrentUser() actor: Actor,
    @Param('shopId', ParseUuidPipe) shopId: string,
    @Param('warehouseId', ParseUuidPipe) warehouseId: string,
  ): Promise<WarehouseView> {
    return this.queries.execute(new GetWarehouseQuery(actor, shopId, warehouseId));
  }

  @Patch(':warehouseId')
  @ApiOkResponse({ type: WarehouseView })
  @ApiErrors(400, 401, 403, 404)
  async revise(
    @CurrentUser() actor: Actor,
    @Param('shopId', ParseUuidPipe) shopId: string,
    @Param('warehouseId', ParseUuidPipe) warehouseId: string,
    @Body() dto: ReviseWarehouseDto,
  ): Promise<WarehouseView> {
    await this.commands.execute(
      new ReviseWarehouseCommand(actor, shopId, warehouseId, {
        name: dto.name,
        address: dto.address && addressFields(dto.address),
        priority: dto.priority,
        active: dto.active,
      }),
    );
    return this.queries.execute(new GetWarehouseQuery(actor, shopId, warehouseId));
  }
}
