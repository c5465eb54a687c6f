import Database from 'better-sqlite3';
import { inject } from 'vitest';

/**
 * Flags a user to change their password at next login, straight in the e2e server's SQLite file.
 * Arrangement only (the journey itself runs through the browser); switch to the staff API's
 * "require password change" once it exists. WAL mode lets this write alongside the running server.
 */
export function requirePasswordChange(login: string): void {
  const db = new Database(inject('databaseFile'));
  try {
    const result = db.prepare('UPDATE users SET must_change_password = 1 WHERE login = ?').run(login);
    if (result.changes !== 1) throw new Error(`No user with login ${login}`);
  } finally {
    db.close();
  }
}
