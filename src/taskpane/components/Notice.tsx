/** A message in a message bar (wrapping over several lines), or nothing while there is none. */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';

export interface NoticeProps {
  message: string | undefined;
  /** Error unless said otherwise. */
  intent?: 'error' | 'warning';
}

export function Notice({ message, intent = 'error' }: NoticeProps) {
  if (message === undefined) return null;
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>{message}</MessageBarBody>
    </MessageBar>
  );
}
