import type { CertificateData, IssuedCertificate } from '../certificate-data.ts';
import type { BatchFailure, BatchFile, BatchProgress, BatchResult } from './batch-types.ts';

const ELEMENT_NAMES: Record<string, string> = {
  title: '标题',
  number: '证书编号',
  name: '姓名',
  idNumber: '身份证号',
  unit: '工作单位',
  department: '所在部门',
  year: '年度',
  statement: '证明文字',
  issuer: '发证单位',
  printDate: '打印日期',
  hoursTable: '学时表',
};

const PROGRESS_INTERVAL_MS = 100;

/** Collects a batch's outcome and reports progress, at most every 100 ms and once at the end. */
export class BatchTracker {
  readonly files: BatchFile[] = [];
  readonly failures: BatchFailure[] = [];
  readonly warnings: string[] = [];
  readonly #total: number;
  readonly #onProgress: ((progress: BatchProgress) => void) | undefined;
  #done = 0;
  #reportedAt = 0;

  constructor(total: number, onProgress?: (progress: BatchProgress) => void) {
    this.#total = total;
    this.#onProgress = onProgress;
  }

  succeeded(certificate: IssuedCertificate, truncated: string[], file?: string): void {
    if (file) this.files.push({ file, certificates: [certificate] });
    if (truncated.length > 0) {
      const elements = truncated.map((element) => ELEMENT_NAMES[element] ?? element).join('、');
      this.warnings.push(
        `${certificate.data.name}（${certificate.data.number}）：${elements}的文字过长，已截断`,
      );
    }
    this.#step();
  }

  failed(data: CertificateData, reason: string): void {
    this.failures.push({ staffId: data.staffId, name: data.name, reason });
    this.#step();
  }

  result(status: BatchResult['status']): BatchResult {
    this.#report();
    return { status, files: this.files, failures: this.failures, warnings: this.warnings };
  }

  #step(): void {
    this.#done += 1;
    if (Date.now() - this.#reportedAt >= PROGRESS_INTERVAL_MS) this.#report();
  }

  #report(): void {
    this.#reportedAt = Date.now();
    this.#onProgress?.({
      done: this.#done - this.failures.length,
      failed: this.failures.length,
      total: this.#total,
    });
  }
}
