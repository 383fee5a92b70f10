import { DomainEvent, Role } from '@pasar/shared/domain';

export class UserRegisteredEvent extends DomainEvent<{
  userId: string;
  role: Role;
  email: string | null;
  phone: string | null;
  name: string;
}> {
  readonly type = 'identity.user-registered';
}

export class UserPasswordChangedEvent extends DomainEvent<{ userId: string }> {
  readonly type = 'identity.user-password-changed';
}

export class UserEmailVerifiedEvent extends DomainEvent<{ userId: string; email: string }> {
  readonly type = 'identity.user-email-verified';
}

export class UserBannedEvent extends DomainEvent<{ userId: string; bannedBy: string }> {
  readonly type = 'identity.user-banned';
}

export class UserUnbannedEvent extends DomainEvent<{ userId: string; unbannedBy: string }> {
  readonly type = 'identity.user-unbanned';
}
