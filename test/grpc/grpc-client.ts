// A real @grpc/grpc-js client for the API's gRPC port, built from the same .proto files.
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import {
  Client,
  credentials,
  GrpcObject,
  loadPackageDefinition,
  Metadata,
  ServiceClientConstructor,
  ServiceError,
  status,
} from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import {
  ERROR_CODE_TRAILER,
  ERROR_DETAILS_TRAILER,
  GRPC_CONTRACTS,
  GRPC_LOADER_OPTIONS,
  PROTO_ROOT,
} from '@pasar/shared';

const definition = loadSync(
  GRPC_CONTRACTS.map((contract) => join(PROTO_ROOT, contract.file)),
  GRPC_LOADER_OPTIONS,
);
const root = loadPackageDefinition(definition);

/** A loopback port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Calls a service's RPCs as promises; `token: null` sends no credential at all. */
export interface RpcClient {
  call<T = Record<string, unknown>>(
    method: string,
    request: object,
    token?: string | null,
  ): Promise<T>;
  close(): void;
}

type UnaryCall = (
  request: object,
  metadata: Metadata,
  callback: (error: ServiceError | null, response: unknown) => void,
) => void;

export function grpcClient(address: string, service: string, token: string): RpcClient {
  const Service = service
    .split('.')
    .reduce<GrpcObject | ServiceClientConstructor>(
      (node, key) => (node as GrpcObject)[key] as GrpcObject,
      root,
    ) as ServiceClientConstructor;
  const client: Client = new Service(address, credentials.createInsecure());
  return {
    call(method, request, credential = token) {
      const metadata = new Metadata();
      if (credential !== null) metadata.set('authorization', `Bearer ${credential}`);
      const rpc = (client as unknown as Record<string, UnaryCall>)[method].bind(client);
      return new Promise((resolve, reject) =>
        rpc(request, metadata, (error, response) =>
          error ? reject(error) : resolve(response as never),
        ),
      );
    },
    close: () => client.close(),
  };
}

/** The services the server lists through gRPC server reflection, as grpcurl asks for them. */
export function listServices(address: string): Promise<string[]> {
  const reflectionProto = join(
    dirname(require.resolve('@grpc/reflection/package.json')),
    'build/proto/grpc/reflection/v1/reflection.proto',
  );
  const reflection = loadPackageDefinition(loadSync(reflectionProto, GRPC_LOADER_OPTIONS));
  const Service = ((reflection.grpc as GrpcObject).reflection as GrpcObject).v1 as GrpcObject;
  const client = new (Service.ServerReflection as ServiceClientConstructor)(
    address,
    credentials.createInsecure(),
  );
  return new Promise((resolve, reject) => {
    const stream = client.ServerReflectionInfo();
    stream.on('data', (response: { listServicesResponse?: { service: { name: string }[] } }) => {
      resolve((response.listServicesResponse?.service ?? []).map((s) => s.name));
      stream.end();
    });
    stream.on('error', reject);
    stream.on('end', () => client.close());
    stream.write({ listServices: '' });
  });
}

export interface RpcFailure {
  code: status;
  message: string;
  /** The stable Pasar error code from the trailers. */
  errorCode: string | undefined;
  details: Record<string, unknown> | undefined;
}

/** The error a call failed with; fails the test if the call succeeded. */
export async function failureOf(call: Promise<unknown>): Promise<RpcFailure> {
  let response: unknown;
  try {
    response = await call;
  } catch (error) {
    const { code, details, metadata } = error as ServiceError;
    const [errorCode] = metadata.get(ERROR_CODE_TRAILER) as string[];
    const [json] = metadata.get(ERROR_DETAILS_TRAILER) as Buffer[];
    return {
      code,
      message: details,
      errorCode,
      details: json === undefined ? undefined : JSON.parse(json.toString('utf8')),
    };
  }
  throw new Error(`Expected the call to fail, it answered ${JSON.stringify(response)}`);
}

export { status };
