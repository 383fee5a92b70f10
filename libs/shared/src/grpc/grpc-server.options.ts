import { join } from 'node:path';
import { ReflectionService } from '@grpc/reflection';
import type { Options } from '@grpc/proto-loader';
import { GrpcOptions, Transport } from '@nestjs/microservices';
import { AppConfig } from '../config/app-config';

/**
 * The repository's proto/ folder. `npm run build` copies it to dist/proto, which lies as far
 * from dist/libs/shared/src/grpc as proto/ lies from this folder, so one path serves both.
 */
export const PROTO_ROOT = join(__dirname, '..', '..', '..', '..', 'proto');

/** Every contract the API serves, one versioned package per context. */
export const GRPC_CONTRACTS = [
  { package: 'pasar.identity.v1', file: 'pasar/identity/v1/identity.proto' },
  { package: 'pasar.inventory.v1', file: 'pasar/inventory/v1/inventory.proto' },
  { package: 'pasar.catalog.v1', file: 'pasar/catalog/v1/catalog.proto' },
  { package: 'pasar.ordering.v1', file: 'pasar/ordering/v1/ordering.proto' },
] as const;

/**
 * How messages become objects: camelCase fields, 64-bit integers as strings (amounts can pass
 * 2^53 in minor units of some currencies), absent scalars as their zero value so validation
 * sees "" rather than undefined, and `optional` fields left out when unset.
 */
export const GRPC_LOADER_OPTIONS: Options = {
  keepCase: false,
  longs: String,
  enums: String,
  defaults: true,
  oneofs: false,
  includeDirs: [PROTO_ROOT],
};

/** The gRPC transport of the API process, with server reflection for grpcurl and friends. */
export function grpcServerOptions(config: AppConfig): GrpcOptions {
  return {
    transport: Transport.GRPC,
    options: {
      url: `${config.host}:${config.grpc.port}`,
      package: GRPC_CONTRACTS.map((contract) => contract.package),
      protoPath: GRPC_CONTRACTS.map((contract) => join(PROTO_ROOT, contract.file)),
      loader: GRPC_LOADER_OPTIONS,
      onLoadPackageDefinition: (definition, server) =>
        new ReflectionService(definition).addToServer(server),
    },
  };
}
