import { useMe } from './api/get-me';
import type { Me } from './types';

/**
 * The signed-in user, for components rendered below RequireSession (which only renders its children
 * once GET /me answered with a user); anywhere else this is a programming error.
 */
export function useSignedInUser(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useSignedInUser() used outside RequireSession');
  return data;
}
