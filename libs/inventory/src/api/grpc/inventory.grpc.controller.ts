import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { GrpcMethod, Payload } from '@nestjs/microservices';
import { GrpcController, SERVICE_ACTOR } from '@pasar/shared';
import { AdjustStockCommand } from '../../application/commands/adjust-stock/adjust-stock.command';
import { CommitReservationCommand } from '../../application/commands/commit-reservation/commit-reservation.command';
import { ReceiveStockCommand } from '../../application/commands/receive-stock/receive-stock.command';
import { ReleaseReservationCommand } from '../../application/commands/release-reservation/release-reservation.command';
import { ReserveStockCommand } from '../../application/commands/reserve-stock/reserve-stock.command';
import { GetSellableStockQuery } from '../../application/queries/get-sellable-stock/get-sellable-stock.query';
import { GetVariantStockQuery } from '../../application/queries/get-variant-stock/get-variant-stock.query';
import { VariantStockView } from '../../application/queries/get-variant-stock/variant-stock.view';
import {
  AdjustStockRpc,
  CheckStockRpc,
  GetStockLevelsRpc,
  ReceiveStockRpc,
  ReservationRefRpc,
  ReserveStockRpc,
} from './inventory-grpc.request.dto';

const SERVICE = 'InventoryService';

/**
 * pasar.inventory.v1.InventoryService (proto/pasar/inventory/v1/inventory.proto). The caller
 * acts as SERVICE_ACTOR: any shop's stock, recorded as that actor.
 */
@GrpcController()
export class InventoryGrpcController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @GrpcMethod(SERVICE, 'CheckStock')
  async checkStock(@Payload() request: CheckStockRpc) {
    return { items: await this.queries.execute(new GetSellableStockQuery(request.items)) };
  }

  @GrpcMethod(SERVICE, 'GetStockLevels')
  getStockLevels(@Payload() request: GetStockLevelsRpc): Promise<VariantStockView> {
    return this.stockOf(request.shopId, request.variantId);
  }

  @GrpcMethod(SERVICE, 'ReceiveStock')
  async receiveStock(@Payload() request: ReceiveStockRpc): Promise<VariantStockView> {
    const { shopId, warehouseId, variantId, quantity, reference } = request;
    await this.commands.execute(
      new ReceiveStockCommand(SERVICE_ACTOR, shopId, warehouseId, variantId, quantity, reference),
    );
    return this.stockOf(shopId, variantId);
  }

  @GrpcMethod(SERVICE, 'AdjustStock')
  async adjustStock(@Payload() request: AdjustStockRpc): Promise<VariantStockView> {
    const { shopId, warehouseId, variantId, delta, reason } = request;
    await this.commands.execute(
      new AdjustStockCommand(SERVICE_ACTOR, shopId, warehouseId, variantId, delta, reason),
    );
    return this.stockOf(shopId, variantId);
  }

  @GrpcMethod(SERVICE, 'ReserveStock')
  async reserveStock(@Payload() request: ReserveStockRpc) {
    const { reservationId } = await this.commands.execute(
      new ReserveStockCommand({
        reference: request.reference,
        expiresAt: new Date(request.expiresAt),
        lines: request.lines.map(({ shopId, variantId, quantity }) => ({
          shopId,
          variantId,
          quantity,
        })),
      }),
    );
    return { reservationId, reference: request.reference };
  }

  @GrpcMethod(SERVICE, 'CommitReservation')
  async commitReservation(@Payload() request: ReservationRefRpc) {
    await this.commands.execute(new CommitReservationCommand(request.reservationId));
    return {};
  }

  @GrpcMethod(SERVICE, 'ReleaseReservation')
  async releaseReservation(@Payload() request: ReservationRefRpc) {
    await this.commands.execute(new ReleaseReservationCommand(request.reservationId));
    return {};
  }

  private stockOf(shopId: string, variantId: string): Promise<VariantStockView> {
    return this.queries.execute(new GetVariantStockQuery(SERVICE_ACTOR, shopId, variantId));
  }
}
