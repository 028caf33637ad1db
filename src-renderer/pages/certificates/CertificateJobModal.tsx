/*
 * CertificateJobModal: a running print or save-as-PDF job with its progress and a 取消 button, then how
 * it ended: how many certificates, where the PDFs are, who failed and why (e.g. 缺少字形).
 */
import { Alert, Button, Modal, Progress, Space, Typography } from 'antd';
import type { CertificateJobResult } from '../../../src-shared/contract/index.ts';
import type { CertificateJobState, JobProgress } from './use-certificate-job.ts';

export interface CertificateJobModalProps {
  job: CertificateJobState;
  onCancel(): void;
  onClose(): void;
}

const PHASES: Record<JobProgress['phase'], string> = {
  preparing: '正在读取人员和学时、分配证书编号…',
  generating: '正在生成证书',
  printing: '正在发送到打印机，等待打印完成…',
  recording: '正在记录已打印的证书…',
};

const OUTCOME_TYPES = { completed: 'success', failed: 'error', cancelled: 'warning' } as const;

function ProgressView({ progress, cancelling }: { progress: JobProgress | null; cancelling: boolean }) {
  const phase = progress?.phase ?? 'preparing';
  const percent = progress && progress.total > 0 ? Math.floor((progress.done / progress.total) * 100) : 0;
  const counted =
    phase === 'generating' && progress
      ? `：${progress.done} / ${progress.total}${progress.failed > 0 ? `，失败 ${progress.failed}` : ''}`
      : '';
  return (
    <div data-testid="certificate-job-progress">
      <Typography.Paragraph>{cancelling ? '正在取消…' : `${PHASES[phase]}${counted}`}</Typography.Paragraph>
      <Progress
        percent={phase === 'preparing' ? 0 : percent}
        status={cancelling ? 'exception' : 'active'}
        format={(value) => `${value ?? 0}%`}
      />
    </div>
  );
}

function ResultView({ result }: { result: CertificateJobResult }) {
  const failures = result.failures;
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="certificate-job-result">
      <Alert type={OUTCOME_TYPES[result.outcome]} showIcon title={result.message} />
      {result.printJobId && (
        <Typography.Text type="secondary">打印任务号：{result.printJobId}</Typography.Text>
      )}
      {result.outcome === 'completed' && result.directory && (
        <Typography.Text>
          保存位置：
          <Typography.Text copyable code>
            {result.directory}
          </Typography.Text>
          （{result.files.length} 个文件）
        </Typography.Text>
      )}
      {result.offlineNumbers > 0 && (
        <Typography.Text type="secondary">
          {result.offlineNumbers} 份证书在离线状态下编号，同步后由服务器登记核验。
        </Typography.Text>
      )}
      {failures.length > 0 && (
        <Alert
          type="error"
          title={`${failures.length} 人未成功`}
          description={
            <ul style={{ maxHeight: 200, overflow: 'auto', paddingLeft: 20, margin: 0 }}>
              {failures.slice(0, 100).map((failure) => (
                <li key={failure.staffId}>
                  <Typography.Text strong>{failure.name}</Typography.Text>：{failure.reason}
                </li>
              ))}
            </ul>
          }
          data-testid="certificate-job-failures"
        />
      )}
      {result.warnings.length > 0 && (
        <Alert
          type="warning"
          title="部分内容过长，已缩小或截断"
          description={result.warnings.slice(0, 20).join('；')}
        />
      )}
    </Space>
  );
}

export function CertificateJobModal({ job, onCancel, onClose }: CertificateJobModalProps) {
  const printing = job.output?.kind === 'print';
  const running = job.result === null;
  const title = running
    ? printing
      ? '正在打印证书'
      : '正在保存证书'
    : printing
      ? '证书打印结果'
      : '证书保存结果';
  return (
    <Modal
      open={job.output !== null}
      title={title}
      closable={!running}
      maskClosable={false}
      keyboard={!running}
      onCancel={onClose}
      width={560}
      footer={
        running ? (
          <Button danger onClick={onCancel} disabled={job.cancelling || job.jobId === null}>
            取消
          </Button>
        ) : (
          <Button type="primary" onClick={onClose}>
            关闭
          </Button>
        )
      }
      data-testid="certificate-job-modal"
    >
      {running ? (
        <ProgressView progress={job.progress} cancelling={job.cancelling} />
      ) : (
        <ResultView result={job.result!} />
      )}
    </Modal>
  );
}
