import { Module } from '@nestjs/common';
import { SearchGrpcController } from './search.grpc.controller';

/** Serves pasar.catalog.v1's product pages; only the API process, which serves gRPC, imports it. */
@Module({ controllers: [SearchGrpcController] })
export class SearchGrpcModule {}
