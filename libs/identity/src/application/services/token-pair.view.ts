import { ApiProperty } from '@nestjs/swagger';

export class TokenPairView {
  @ApiProperty({ description: 'Short-lived JWT for the Authorization: Bearer header' })
  accessToken!: string;

  @ApiProperty({ description: 'Opaque; exchange it once at /auth/refresh for a new pair' })
  refreshToken!: string;

  @ApiProperty({ example: 'Bearer' })
  tokenType!: 'Bearer';

  @ApiProperty({ description: 'Seconds until the access token expires', example: 900 })
  expiresIn!: number;

  @ApiProperty({ description: 'When the session ends unless refreshed before' })
  refreshExpiresAt!: string;
}
