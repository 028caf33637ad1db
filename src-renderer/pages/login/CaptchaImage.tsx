import { ReloadOutlined } from '@ant-design/icons';
import { Button, Spin, Tooltip } from 'antd';
import type { Captcha } from '../../../src-shared/contract/index.ts';

export interface CaptchaImageProps {
  captcha: Captcha | null;
  loading: boolean;
  onRefresh(): void;
}

/** The server's captcha; a click fetches a new one, as the user guide says. */
export function CaptchaImage({ captcha, loading, onRefresh }: CaptchaImageProps) {
  return (
    <Tooltip title="看不清？点击换一张">
      <button
        type="button"
        className="captcha-image"
        onClick={onRefresh}
        aria-label="刷新验证码"
        data-testid="captcha"
      >
        {loading ? (
          <Spin size="small" />
        ) : captcha ? (
          <img src={captcha.image} alt="验证码" data-captcha-id={captcha.captchaId} />
        ) : (
          <Button type="link" size="small" icon={<ReloadOutlined />} tabIndex={-1}>
            获取验证码
          </Button>
        )}
      </button>
    </Tooltip>
  );
}
