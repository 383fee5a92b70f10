import {
  applyDecorators,
  Controller,
  UseFilters,
  UseGuards,
  UseInterceptors,
  UsePipes,
} from '@nestjs/common';
import { Actor } from '../auth/actor';
import { createValidationPipe } from '../api/validation';
import { GrpcExceptionFilter } from './grpc-exception.filter';
import { GrpcRequestContextInterceptor } from './grpc-request-context.interceptor';
import { ServiceTokenGuard } from './service-token.guard';

/**
 * A context's gRPC controller: service credential checked, request DTOs validated by the same
 * pipe as HTTP bodies (INVALID_ARGUMENT naming the fields), errors mapped to gRPC statuses.
 * The microservice does not inherit the HTTP app's global guards, pipes and filters, so each
 * gRPC controller carries its own.
 */
export const GrpcController = () =>
  applyDecorators(
    Controller(),
    UseGuards(ServiceTokenGuard),
    UseInterceptors(GrpcRequestContextInterceptor),
    UsePipes(createValidationPipe()),
    UseFilters(GrpcExceptionFilter),
  );

/**
 * Who a gRPC caller acts as. The service credential is held only by Pasar's own internal
 * services, which are trusted with any shop's stock and orders: the same rights as an admin,
 * so use cases that in REST act for a seller (ship a ShopOrder, receive stock) accept it.
 * Its fixed id tells its changes apart in order timelines and the stock ledger.
 */
export const SERVICE_ACTOR: Pick<Actor, 'id' | 'role'> = {
  id: '00000000-0000-4000-8000-000000000001',
  role: 'admin',
};
