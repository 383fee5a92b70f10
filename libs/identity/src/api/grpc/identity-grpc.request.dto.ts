import { IsString, MaxLength } from 'class-validator';
import { Uuid } from '@pasar/shared';

export class ValidateAccessTokenRpc {
  @IsString()
  @MaxLength(8192)
  accessToken!: string;
}

export class GetUserRpc {
  @Uuid()
  userId!: string;
}
