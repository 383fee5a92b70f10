import { OtpChallenge } from './domain/otp/otp-challenge.aggregate';
import { RefreshTokenFamily } from './domain/session/refresh-token-family.aggregate';
import { Address } from './domain/user/address.entity';
import { User } from './domain/user/user.aggregate';
import { WishlistItem } from './domain/wishlist/wishlist-item.entity';

/** Every table of the identity schema (the migration CLI and the module both use this list). */
export const IDENTITY_ENTITIES = [User, Address, RefreshTokenFamily, OtpChallenge, WishlistItem];
