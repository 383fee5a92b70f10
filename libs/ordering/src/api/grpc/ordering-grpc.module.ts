import { Module } from '@nestjs/common';
import { OrderingGrpcController } from './ordering.grpc.controller';

/** The ordering context's gRPC service; only the API process, which serves gRPC, imports it. */
@Module({ controllers: [OrderingGrpcController] })
export class OrderingGrpcModule {}
