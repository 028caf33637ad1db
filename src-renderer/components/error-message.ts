/** The text to show for a failed call: the core's Chinese message, or a generic one. */
export function messageOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : '操作失败，请稍后重试';
}
