import { notifications } from '@mantine/notifications';

/** A short confirmation after a write ("Customer saved."), announced politely to screen readers. */
export function notifySuccess(message: string): void {
  notifications.show({ message, color: 'green', autoClose: 4000, withBorder: true });
}
