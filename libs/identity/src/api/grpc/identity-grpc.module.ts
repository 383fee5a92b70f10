import { Module } from '@nestjs/common';
import { IdentityGrpcController } from './identity.grpc.controller';

/** The identity context's gRPC service; only the API process, which serves gRPC, imports it. */
@Module({ controllers: [IdentityGrpcController] })
export class IdentityGrpcModule {}
