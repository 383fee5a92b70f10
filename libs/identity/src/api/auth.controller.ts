import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import { Actor, ApiErrors, AuthRateLimit, CurrentUser, Public } from '@pasar/shared';
import { LoginCommand } from '../application/commands/login/login.command';
import { LogoutCommand } from '../application/commands/logout/logout.command';
import { RefreshSessionCommand } from '../application/commands/refresh-session/refresh-session.command';
import { RegisterUserCommand } from '../application/commands/register-user/register-user.command';
import { RequestPhoneOtpCommand } from '../application/commands/request-phone-otp/request-phone-otp.command';
import { VerifyPhoneOtpCommand } from '../application/commands/verify-phone-otp/verify-phone-otp.command';
import { GetUserQuery } from '../application/queries/get-user/get-user.query';
import { UserView } from '../application/queries/get-user/user.view';
import { TokenPairView } from '../application/services/token-pair.view';
import {
  LoginRequestDto,
  PhoneOtpRequestDto,
  PhoneOtpVerifyDto,
  RefreshRequestDto,
  RegisterRequestDto,
} from './auth.request.dto';

export class CodeSentView {
  @ApiProperty({ description: 'When the code stops working' })
  expiresAt!: string;
}

export class PhoneSignInView extends TokenPairView {
  @ApiProperty({ description: 'True when this number had no account and one was created' })
  isNewUser!: boolean;
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post('register')
  @Public()
  @AuthRateLimit()
  @ApiCreatedResponse({ type: UserView })
  @ApiErrors(400, 409, 429)
  async register(@Body() dto: RegisterRequestDto): Promise<UserView> {
    const { userId } = await this.commands.execute(
      new RegisterUserCommand(dto.email, dto.password, dto.name, dto.role),
    );
    return this.queries.execute(new GetUserQuery(userId));
  }

  @Post('login')
  @Public()
  @AuthRateLimit()
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPairView })
  @ApiErrors(400, 401, 429)
  async login(@Body() dto: LoginRequestDto): Promise<TokenPairView> {
    const {
      userId: _userId,
      role: _role,
      ...tokens
    } = await this.commands.execute(new LoginCommand(dto.email, dto.password));
    return tokens;
  }

  @Post('refresh')
  @Public()
  @AuthRateLimit()
  @HttpCode(200)
  @ApiOkResponse({
    type: TokenPairView,
    description: 'A new pair; the presented refresh token is spent',
  })
  @ApiErrors(400, 401, 429)
  refresh(@Body() dto: RefreshRequestDto): Promise<TokenPairView> {
    return this.commands.execute(new RefreshSessionCommand(dto.refreshToken));
  }

  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiNoContentResponse({ description: 'The session and this access token are revoked' })
  @ApiErrors(401)
  logout(@CurrentUser() actor: Actor): Promise<void> {
    return this.commands.execute(new LogoutCommand(actor));
  }

  @Post('otp/request')
  @Public()
  @AuthRateLimit()
  @HttpCode(202)
  @ApiAcceptedResponse({ type: CodeSentView, description: 'A 6-digit code was sent by SMS' })
  @ApiErrors(400, 429)
  async requestOtp(@Body() dto: PhoneOtpRequestDto): Promise<CodeSentView> {
    const { expiresAt } = await this.commands.execute(new RequestPhoneOtpCommand(dto.phone));
    return { expiresAt: expiresAt.toISOString() };
  }

  @Post('otp/verify')
  @Public()
  @AuthRateLimit()
  @HttpCode(200)
  @ApiOkResponse({ type: PhoneSignInView })
  @ApiErrors(400, 422, 429)
  async verifyOtp(@Body() dto: PhoneOtpVerifyDto): Promise<PhoneSignInView> {
    const { userId: _userId, ...result } = await this.commands.execute(
      new VerifyPhoneOtpCommand(dto.phone, dto.code),
    );
    return result;
  }
}
