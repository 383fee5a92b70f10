import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsString, Length, Matches, MaxLength, MinLength } from 'class-validator';
import { trimmed } from '@pasar/shared';
import { normalizePhone } from '../domain/user/contact';

const phone = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? (normalizePhone(value) ?? value) : value;

export class RegisterRequestDto {
  @ApiProperty({ example: 'ana@example.com' })
  @Transform(trimmed)
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ minLength: 8, maxLength: 128, example: 'correct horse battery' })
  @IsString()
  @MinLength(8)
  @MaxLength(128)
  password!: string;

  @ApiProperty({ example: 'Ana Putri' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 120)
  name!: string;

  @ApiProperty({ enum: ['buyer', 'seller'] })
  @IsIn(['buyer', 'seller'], { message: 'role must be buyer or seller' })
  role!: 'buyer' | 'seller';
}

export class LoginRequestDto {
  @ApiProperty({ example: 'buyer@pasar.local' })
  @Transform(trimmed)
  @IsEmail({}, { message: 'email must be a valid email address' })
  email!: string;

  @ApiProperty({ example: 'pasar-demo-1' })
  @IsString()
  @Length(1, 128)
  password!: string;
}

export class RefreshRequestDto {
  @ApiProperty()
  @IsString()
  @Length(1, 200)
  refreshToken!: string;
}

export class PhoneOtpRequestDto {
  @ApiProperty({ example: '+628123456789', description: 'E.164; spaces and dashes are ignored' })
  @Transform(phone)
  @IsString()
  @Matches(/^\+[1-9]\d{7,14}$/, {
    message: 'phone must be an international number like +628123456789',
  })
  phone!: string;
}

export class PhoneOtpVerifyDto extends PhoneOtpRequestDto {
  @ApiProperty({ example: '123456' })
  @IsString()
  @Matches(/^\d{6}$/, { message: 'code must be 6 digits' })
  code!: string;
}
