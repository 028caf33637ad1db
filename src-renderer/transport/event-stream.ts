/**
 * The browser shell's events: one Server-Sent Events stream for the page, opened with the first
 * listener. EventSource cannot send headers, so the per-launch token travels in the query.
 */
export function createEventStream(token: string) {
  let source: EventSource | null = null;

  return function onEvent(name: string, listener: (payload: unknown) => void): () => void {
    source ??= new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
    const opened = source;
    const handler = (event: MessageEvent<string>) => listener(JSON.parse(event.data) as unknown);
    opened.addEventListener(name, handler);
    return () => opened.removeEventListener(name, handler);
  };
}
