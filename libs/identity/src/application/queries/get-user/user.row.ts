import { AdminUserView, UserView } from './user.view';

/** The identity.users columns a UserView is read from. */
export const USER_VIEW_COLUMNS =
  'id, email, phone, name, role, email_verified_at, phone_verified_at, banned_at, deleted_at, created_at';

export interface UserRow {
  id: string;
  email: string | null;
  phone: string | null;
  name: string;
  role: UserView['role'];
  email_verified_at: Date | null;
  phone_verified_at: Date | null;
  banned_at: Date | null;
  deleted_at: Date | null;
  created_at: Date;
}

export function toUserView(row: UserRow): UserView {
  const { bannedAt: _bannedAt, deletedAt: _deletedAt, ...view } = toAdminUserView(row);
  return view;
}

export function toAdminUserView(row: UserRow): AdminUserView {
  return {
    id: row.id,
    email: row.email,
    phone: row.phone,
    name: row.name,
    role: row.role,
    emailVerified: row.email_verified_at !== null,
    phoneVerified: row.phone_verified_at !== null,
    bannedAt: row.banned_at === null ? null : new Date(row.banned_at).toISOString(),
    deletedAt: row.deleted_at === null ? null : new Date(row.deleted_at).toISOString(),
    createdAt: new Date(row.created_at).toISOString(),
  };
}
