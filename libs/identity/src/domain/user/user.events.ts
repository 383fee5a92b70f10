import { DomainEvent, Role } from '@pasar/shared/domain';
import { USER_DELETED, UserDeletedPayload } from '../../contracts/identity.events';

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

export class UserDeletedEvent extends DomainEvent<UserDeletedPayload> {
  readonly type = USER_DELETED;
}
