import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { AddAddressHandler } from './application/commands/add-address/add-address.handler';
import { AddToWishlistHandler } from './application/commands/add-to-wishlist/add-to-wishlist.handler';
import { BanUserHandler } from './application/commands/ban-user/ban-user.handler';
import { DeleteUserHandler } from './application/commands/delete-user/delete-user.handler';
import { ChangePasswordHandler } from './application/commands/change-password/change-password.handler';
import { ConfirmEmailVerificationHandler } from './application/commands/confirm-email-verification/confirm-email-verification.handler';
import { EditAddressHandler } from './application/commands/edit-address/edit-address.handler';
import { LoginHandler } from './application/commands/login/login.handler';
import { LogoutHandler } from './application/commands/logout/logout.handler';
import { RefreshSessionHandler } from './application/commands/refresh-session/refresh-session.handler';
import { RegisterUserHandler } from './application/commands/register-user/register-user.handler';
import { RemoveAddressHandler } from './application/commands/remove-address/remove-address.handler';
import { RemoveFromWishlistHandler } from './application/commands/remove-from-wishlist/remove-from-wishlist.handler';
import { RequestEmailVerificationHandler } from './application/commands/request-email-verification/request-email-verification.handler';
import { RequestPhoneOtpHandler } from './application/commands/request-phone-otp/request-phone-otp.handler';
import { SetDefaultAddressHandler } from './application/commands/set-default-address/set-default-address.handler';
import { UnbanUserHandler } from './application/commands/unban-user/unban-user.handler';
import { UpdateProfileHandler } from './application/commands/update-profile/update-profile.handler';
import { VerifyPhoneOtpHandler } from './application/commands/verify-phone-otp/verify-phone-otp.handler';
import { CodeSender } from './application/ports/code-sender';
import { PasswordHasher } from './application/ports/password-hasher';
import { GetAddressHandler } from './application/queries/get-address/get-address.handler';
import { GetUserHandler } from './application/queries/get-user/get-user.handler';
import { GetCheckoutAddressesHandler } from './application/queries/get-checkout-addresses/get-checkout-addresses.handler';
import { ListAddressesHandler } from './application/queries/list-addresses/list-addresses.handler';
import { GetAdminUserHandler } from './application/queries/get-admin-user/get-admin-user.handler';
import { ListUsersHandler } from './application/queries/list-users/list-users.handler';
import { ListWishlistHandler } from './application/queries/list-wishlist/list-wishlist.handler';
import { OtpCodes } from './application/services/otp-codes';
import { OtpIssuer } from './application/services/otp-issuer';
import { OtpVerifier } from './application/services/otp-verifier';
import { SessionTokens } from './application/services/session-tokens';
import { UserEditor } from './application/services/user-editor';
import { AddressesController } from './api/addresses.controller';
import { AuthController } from './api/auth.controller';
import { MeController } from './api/me.controller';
import { WishlistController } from './api/wishlist.controller';
import { UsersController } from './api/users.controller';
import { OtpChallengeRepository } from './domain/otp/otp-challenge.repository';
import { RefreshTokenFamilyRepository } from './domain/session/refresh-token-family.repository';
import { UserRepository } from './domain/user/user.repository';
import { WishlistRepository } from './domain/wishlist/wishlist.repository';
import { SimulatedCodeSender } from './infrastructure/messaging/simulated-code.sender';
import { MikroOrmOtpChallengeRepository } from './infrastructure/persistence/mikro-orm-otp-challenge.repository';
import { MikroOrmRefreshTokenFamilyRepository } from './infrastructure/persistence/mikro-orm-refresh-token-family.repository';
import { MikroOrmUserRepository } from './infrastructure/persistence/mikro-orm-user.repository';
import { MikroOrmWishlistRepository } from './infrastructure/persistence/mikro-orm-wishlist.repository';
import { Argon2PasswordHasher } from './infrastructure/security/argon2-password.hasher';
import { IDENTITY_ENTITIES } from './identity.entities';

@Module({
  imports: [MikroOrmModule.forFeature([...IDENTITY_ENTITIES])],
  controllers: [
    AuthController,
    MeController,
    AddressesController,
    WishlistController,
    UsersController,
  ],
  providers: [
    { provide: UserRepository, useClass: MikroOrmUserRepository },
    { provide: RefreshTokenFamilyRepository, useClass: MikroOrmRefreshTokenFamilyRepository },
    { provide: OtpChallengeRepository, useClass: MikroOrmOtpChallengeRepository },
    { provide: WishlistRepository, useClass: MikroOrmWishlistRepository },
    { provide: PasswordHasher, useClass: Argon2PasswordHasher },
    SimulatedCodeSender,
    { provide: CodeSender, useExisting: SimulatedCodeSender },
    SessionTokens,
    OtpCodes,
    OtpIssuer,
    OtpVerifier,
    UserEditor,
    RegisterUserHandler,
    LoginHandler,
    RefreshSessionHandler,
    LogoutHandler,
    ChangePasswordHandler,
    RequestPhoneOtpHandler,
    VerifyPhoneOtpHandler,
    RequestEmailVerificationHandler,
    ConfirmEmailVerificationHandler,
    UpdateProfileHandler,
    AddAddressHandler,
    EditAddressHandler,
    RemoveAddressHandler,
    SetDefaultAddressHandler,
    AddToWishlistHandler,
    RemoveFromWishlistHandler,
    GetUserHandler,
    ListAddressesHandler,
    GetAddressHandler,
    GetCheckoutAddressesHandler,
    ListWishlistHandler,
    BanUserHandler,
    UnbanUserHandler,
    DeleteUserHandler,
    ListUsersHandler,
    GetAdminUserHandler,
  ],
  exports: [SimulatedCodeSender],
})
export class IdentityModule {}
