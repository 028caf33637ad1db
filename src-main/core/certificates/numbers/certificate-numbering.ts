import { readNumberState, writeNumberState, type NumberState } from './number-store.ts';

/** A block of sequence numbers the server leased to this client: `POST /api/v1/sync/certificate-numbers`. */
export interface CertificateLease {
  prefix: string;
  first: number;
  last: number;
}

export interface LeaseRequest {
  clientId: string;
  year: number;
  count: number;
}

/** Asks the server for a block; rejects when offline (or refused), and numbering then goes offline. */
export type LeaseNumbers = (request: LeaseRequest) => Promise<CertificateLease>;

export interface NumberingOptions {
  /** Where this client's leases and offline counters are kept, e.g. next to its cache file. */
  file: string;
  /** The cache's client id (sync_meta.client_id), which the server keys leases and mutations by. */
  clientId: string;
  /** The unit's code (units.code), for offline numbers of a year no lease has named the prefix of. */
  unitCode: string;
  /** Null while offline. */
  lease: LeaseNumbers | null;
  /** Numbers leased at least at a time, so that a PC keeps some for printing offline later. */
  blockSize?: number;
}

export interface AllocatedNumbers {
  numbers: string[];
  /** How many of them are offline numbers (the leases were used up and the server was out of reach). */
  offline: number;
}

const LEASE_MAX = 10_000;
const NUMBER_MAX_LENGTH = 40;

/** Server numbers: the lease's prefix and the sequence number, as the server's seed data writes them. */
const leasedNumber = (prefix: string, sequence: number) => `${prefix}${String(sequence).padStart(5, '0')}`;

/**
 * Certificate numbers that stay unique across every PC of a unit, online or not.
 *
 * While online a client leases blocks of sequence numbers from the server (blocks of a unit never
 * overlap: the server hands them out one at a time) and keeps them here, so it can go on printing
 * offline until they run out. When they have run out and the server cannot be reached, it numbers
 * `<prefix>L<client tag><sequence>`: the client tag (the first 8 hex digits of its random client id)
 * keeps PCs apart, and the letter L keeps these apart from leased numbers, which have only digits
 * after the prefix. The server refuses a number recorded twice, so even the 1 in 2³² chance of two
 * PCs sharing a tag cannot make two certificates share a number unnoticed.
 *
 * Every allocation is written to disk before it is returned: a number is never handed out twice,
 * even after a crash; a certificate that is not printed in the end leaves a gap, never a duplicate.
 */
export class CertificateNumbering {
  readonly #options: Required<NumberingOptions>;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(options: NumberingOptions) {
    this.#options = { blockSize: 200, ...options };
  }

  /** Numbers left in this client's leases for a year. */
  remaining(year: number): number {
    return leasedLeft(readNumberState(this.#options.file), year);
  }

  /** Hands out `count` numbers for a year, leasing more while online and numbering offline if not. */
  allocate(year: number, count: number): Promise<AllocatedNumbers> {
    return this.#serially(async () => {
      const state = readNumberState(this.#options.file);
      await this.#topUp(state, year, count);
      const numbers = takeLeased(state, year, count);
      const offline = count - numbers.length;
      for (let index = 0; index < offline; index++) numbers.push(this.#offlineNumber(state, year));
      for (const number of numbers) {
        if (number.length > NUMBER_MAX_LENGTH) throw new Error(`证书编号过长：${number}`);
      }
      writeNumberState(this.#options.file, state);
      return { numbers, offline };
    });
  }

  /** While online, leases ahead so that at least `count` numbers of the year are left for offline use. */
  reserve(year: number, count: number): Promise<number> {
    return this.#serially(async () => {
      const state = readNumberState(this.#options.file);
      await this.#topUp(state, year, count);
      writeNumberState(this.#options.file, state);
      return leasedLeft(state, year);
    });
  }

  async #topUp(state: NumberState, year: number, wanted: number): Promise<void> {
    const { lease, clientId, blockSize } = this.#options;
    let missing = wanted - leasedLeft(state, year);
    while (lease && missing > 0) {
      const count = Math.min(LEASE_MAX, Math.max(missing, blockSize));
      let block: CertificateLease;
      try {
        block = await lease({ clientId, year, count });
      } catch {
        return;
      }
      state.leases.push({ year, prefix: block.prefix, next: block.first, last: block.last });
      state.prefixes[year] = block.prefix;
      missing -= block.last - block.first + 1;
    }
  }

  #offlineNumber(state: NumberState, year: number): string {
    const sequence = state.offline[year] ?? 1;
    state.offline[year] = sequence + 1;
    const prefix = state.prefixes[year] ?? `HN${year}${this.#options.unitCode}`;
    const tag = this.#options.clientId.replaceAll('-', '').slice(0, 8).toUpperCase();
    return `${prefix}L${tag}${String(sequence).padStart(4, '0')}`;
  }

  #serially<T>(work: () => Promise<T>): Promise<T> {
    const result = this.#queue.then(work);
    this.#queue = result.catch(() => {});
    return result;
  }
}

function leasedLeft(state: NumberState, year: number): number {
  return state.leases
    .filter((lease) => lease.year === year)
    .reduce((sum, lease) => sum + lease.last - lease.next + 1, 0);
}

/** Takes numbers from the year's leases, oldest first; used-up leases are dropped. */
function takeLeased(state: NumberState, year: number, count: number): string[] {
  const numbers: string[] = [];
  for (const lease of state.leases) {
    while (lease.year === year && numbers.length < count && lease.next <= lease.last) {
      numbers.push(leasedNumber(lease.prefix, lease.next));
      lease.next += 1;
    }
  }
  state.leases = state.leases.filter((lease) => lease.next <= lease.last);
  return numbers;
}
