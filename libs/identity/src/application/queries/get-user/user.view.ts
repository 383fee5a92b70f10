import { ApiProperty } from '@nestjs/swagger';
import { ROLES, Role } from '@pasar/shared';

export class UserView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: String, nullable: true, example: 'ana@example.com' })
  email!: string | null;

  @ApiProperty({ type: String, nullable: true, example: '+628123456789' })
  phone!: string | null;

  @ApiProperty({ example: 'Ana' })
  name!: string;

  @ApiProperty({ enum: ROLES })
  role!: Role;

  @ApiProperty()
  emailVerified!: boolean;

  @ApiProperty()
  phoneVerified!: boolean;

  @ApiProperty()
  createdAt!: string;
}

/** What admins see of an account. */
export class AdminUserView extends UserView {
  @ApiProperty({ type: String, nullable: true, description: 'Set while an admin ban holds' })
  bannedAt!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Set once the account was deleted (its personal fields are anonymized)',
  })
  deletedAt!: string | null;
}
