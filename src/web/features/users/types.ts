export const STAFF_ROLES = ['admin', 'coordinator', 'technician'] as const;
export const USER_STATUSES = ['active', 'disabled', 'pending'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export type UserStatus = (typeof USER_STATUSES)[number];

/** Staff and external (portal) users (server: users.mapping.ts). */
export interface User {
  id: string;
  kind: 'staff' | 'external';
  login: string;
  email: string | null;
  displayName: string;
  role: StaffRole | null;
  status: UserStatus;
  mustChangePassword: boolean;
  customerId: string | null;
  contactId: string | null;
  lastLoginAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Creates a staff user (admins only). */
export interface UserInput {
  login: string;
  email?: string | null;
  displayName: string;
  role: StaffRole;
  password?: string;
}

export interface UserPatch {
  displayName?: string;
  email?: string | null;
  role?: StaffRole;
  status?: 'active' | 'disabled';
  mustChangePassword?: boolean;
}
