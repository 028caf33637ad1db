/** Readers of what the CUPS tools print (in the C locale). */

export interface CupsPrinterState {
  name: string;
  enabled: boolean;
  /** Why the printer is paused, when CUPS says. */
  reason: string;
}

/** `lpstat -p`: "printer PDF is idle.  enabled since …", "printer PDF disabled since … -" + reason lines. */
export function parsePrinters(output: string): CupsPrinterState[] {
  const printers: CupsPrinterState[] = [];
  for (const line of output.split('\n')) {
    const match = /^printer (\S+) (.*)$/.exec(line);
    if (match) printers.push({ name: match[1]!, enabled: !/^disabled\b/.test(match[2]!), reason: '' });
    else if (/^\s+\S/.test(line) && printers.length > 0) {
      const last = printers.at(-1)!;
      last.reason = [last.reason, line.trim()].filter(Boolean).join(' ');
    }
  }
  return printers;
}

/** `lpstat -a`: the names of the queues that accept jobs. */
export function parseAccepting(output: string): Set<string> {
  const names = new Set<string>();
  for (const line of output.split('\n')) {
    const match = /^(\S+) accepting requests/.exec(line);
    if (match) names.add(match[1]!);
  }
  return names;
}

/** `lpstat -d`: "system default destination: PDF", or null for "no system default destination". */
export function parseDefault(output: string): string | null {
  return /system default destination: (\S+)/.exec(output)?.[1] ?? null;
}

/** `lp`: "request id is PDF-12 (1 file(s))" → "PDF-12". */
export function parseRequestId(output: string): string | null {
  return /request id is (\S+)/.exec(output)?.[1] ?? null;
}

/** IPP job states (RFC 8011 §5.3.7). */
export type JobState =
  'pending' | 'pending-held' | 'processing' | 'processing-stopped' | 'canceled' | 'aborted' | 'completed';

/** `ipptool -tv … get-job-attributes.test`: "job-state (enum) = completed". */
export function parseJobState(output: string): { state: JobState | null; reasons: string } {
  const state = /job-state \(enum\) = (\S+)/.exec(output)?.[1] ?? null;
  const reasons = /job-state-reasons \([^)]*\) = (.+)/.exec(output)?.[1]?.trim() ?? '';
  return { state: state as JobState | null, reasons };
}
