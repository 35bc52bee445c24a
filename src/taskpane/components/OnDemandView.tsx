/**
 * A view whose code is a chunk of its own, fetched when the view is first shown (the page's own
 * JavaScript has a budget). While it loads the view says so; if it cannot be loaded (the add-in's
 * files out of reach) the view says that in plain words instead of taking the whole pane down.
 */
import { Text } from '@fluentui/react-components';
import { lazy, Suspense, type ComponentType } from 'react';
import { messageOf } from '../services';
import { Notice } from './Notice';

export function onDemandView<P extends object>(name: string, load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const View = lazy<ComponentType<P>>(() =>
    load().then(
      (component) => ({ default: component }),
      (error: unknown) => ({
        default: () => (
          <Notice
            message={`The ${name} view could not be loaded (${messageOf(error)}). Check the connection, then close and reopen the pane.`}
          />
        ),
      }),
    ),
  );
  return function OnDemandView(props: P) {
    return (
      <Suspense fallback={<Text>{`Opening ${name}…`}</Text>}>
        <View {...props} />
      </Suspense>
    );
  };
}
