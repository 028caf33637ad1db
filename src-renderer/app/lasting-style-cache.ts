/*
 * antd's CSS-in-JS cache, except that a component's styles stay computed after its last instance
 * unmounts. antd drops them then and computes them again (token merge, style objects, CSS parse) when
 * the component mounts next, which made every visit to a screen pay for its tables, tags and selects
 * anew (about 40 ms of each navigation to 继续教育信息管理). A kept entry is counted from zero again,
 * and antd puts its style element back on the next mount from the kept text.
 *
 *   <StyleProvider cache={lastingStyleCache()}>…</StyleProvider>
 */
import { createCache } from '@ant-design/cssinjs';

type StyleCache = ReturnType<typeof createCache>;

export function lastingStyleCache(): StyleCache {
  const cache = createCache();
  const update = cache.opUpdate.bind(cache);
  cache.opUpdate = (key, valueFn) =>
    update(key, (origin) => valueFn(origin) ?? (origin === null ? null : [0, origin[1]]));
  return cache;
}
