import { GrpcMethod, Payload } from '@nestjs/microservices';
import { QueryBus } from '@nestjs/cqrs';
import { AccessTokenVerifier, GrpcController } from '@pasar/shared';
import { GetUserQuery } from '../../application/queries/get-user/get-user.query';
import { UserView } from '../../application/queries/get-user/user.view';
import { GetUserRpc, ValidateAccessTokenRpc } from './identity-grpc.request.dto';

const SERVICE = 'IdentityService';

/** pasar.identity.v1.IdentityService (proto/pasar/identity/v1/identity.proto). */
@GrpcController()
export class IdentityGrpcController {
  constructor(
    private readonly queries: QueryBus,
    private readonly verifier: AccessTokenVerifier,
  ) {}

  /** The HTTP API's own check (signature, expiry, deny-list), so a revoked token is refused alike. */
  @GrpcMethod(SERVICE, 'ValidateAccessToken')
  async validateAccessToken(@Payload() request: ValidateAccessTokenRpc) {
    const actor = await this.verifier.verify(request.accessToken);
    if (!actor) return { valid: false, userId: '', roles: [], sessionId: '', expiresAt: '' };
    return {
      valid: true,
      userId: actor.id,
      roles: [actor.role],
      sessionId: actor.sessionId,
      expiresAt: actor.tokenExpiresAt.toISOString(),
    };
  }

  @GrpcMethod(SERVICE, 'GetUser')
  getUser(@Payload() request: GetUserRpc): Promise<UserView> {
    return this.queries.execute(new GetUserQuery(request.userId));
  }
}
