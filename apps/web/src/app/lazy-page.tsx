import { lazy, Suspense, type ComponentType } from 'react';
import { Loading } from '../ui';

/**
 * A page loaded when it is first visited, so owner- and coach-only pages do not weigh on the
 * first load of every visitor (the public catalogue, the landing page). The page module is a
 * named export of a feature's components.
 */
export function lazyPage<K extends string>(load: () => Promise<{ [key in K]: ComponentType }>, name: K) {
  const Page = lazy(() => load().then((module): { default: ComponentType } => ({ default: module[name] })));
  return (
    <Suspense fallback={<Loading />}>
      <Page />
    </Suspense>
  );
}
