// The ordering context's public face. Other contexts and apps import only from here.
export { OrderingModule } from './ordering.module';
export { OrderingJobsModule } from './ordering-jobs.module';
export { ORDERING_ENTITIES } from './ordering.entities';
export * from './contracts/ordering.events';
export { ORDER_COMPLETION_QUEUE } from './infrastructure/jobs/order-completion.queue';
export { GetOrderPartiesQuery } from './application/queries/get-order-parties/get-order-parties.query';
export type { OrderParties } from './application/queries/get-order-parties/order-parties.view';
export { GetOrderHeadersQuery } from './application/queries/get-order-headers/get-order-headers.query';
export type { OrderHeader } from './application/queries/get-order-headers/order-header.view';
export { GetShopOrderCardQuery } from './application/queries/get-shop-order-card/get-shop-order-card.query';
export type { ShopOrderCard } from './application/queries/get-shop-order-card/shop-order-card.view';
export { OrderingGrpcModule } from './api/grpc/ordering-grpc.module';
