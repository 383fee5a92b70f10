import { Module } from '@nestjs/common';
import { InventoryGrpcController } from './inventory.grpc.controller';

/** The inventory context's gRPC service; only the API process, which serves gRPC, imports it. */
@Module({ controllers: [InventoryGrpcController] })
export class InventoryGrpcModule {}
