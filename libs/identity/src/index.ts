// The identity context's public face. Other contexts and apps import only from here.
export { IdentityModule } from './identity.module';
export { IDENTITY_ENTITIES } from './identity.entities';
export { RegisterUserCommand } from './application/commands/register-user/register-user.command';
export { LoginCommand } from './application/commands/login/login.command';
export { LogoutCommand } from './application/commands/logout/logout.command';
export { GetUserQuery } from './application/queries/get-user/get-user.query';
export { UserView } from './application/queries/get-user/user.view';
export { TokenPairView } from './application/services/token-pair.view';
export { SimulatedCodeSender } from './infrastructure/messaging/simulated-code.sender';
export { EmailTakenError } from './domain/user/user.errors';
export {
  CheckoutAddresses,
  GetCheckoutAddressesQuery,
} from './application/queries/get-checkout-addresses/get-checkout-addresses.query';
export type { AddressView } from './application/queries/list-addresses/address.view';
export { IdentityGrpcModule } from './api/grpc/identity-grpc.module';
export * from './contracts/identity.events';
