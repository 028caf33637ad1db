/** Below this, bytes are left to the garbage collector (and may share Node's buffer pool). */
const WORTH_RELEASING = 64 * 1024;

/**
 * Frees the memory behind bytes that are no longer needed, now rather than at the next full garbage
 * collection: `transfer(0)` detaches the ArrayBuffer, dropping its backing store. V8 runs a full
 * collection of its heap whenever some 64 MiB of such outside memory has piled up, so the pull
 * worker, which goes through ten megabytes of column arrays for every page, would otherwise hold that
 * much garbage and pay for a full collection every few pages. Only bytes that own their whole buffer
 * are released: a slice of a shared one (Node's pool) is left alone.
 */
export function releaseBytes(bytes: Uint8Array): void {
  const { buffer } = bytes;
  if (bytes.byteLength < WORTH_RELEASING || !(buffer instanceof ArrayBuffer) || buffer.detached) return;
  if (bytes.byteOffset !== 0 || bytes.byteLength !== buffer.byteLength) return;
  buffer.transfer(0);
}
