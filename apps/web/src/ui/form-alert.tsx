import { Alert } from './alert';

/** The summary above a form after a failed submit. Re-mount it per submit (key) so focus
 * moves to it again even when the message is the same. */
export function FormAlert({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert tone="error" focusOnMount>
      <p>{message}</p>
    </Alert>
  );
}
