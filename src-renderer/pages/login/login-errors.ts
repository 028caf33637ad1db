import { ApiError } from '../../api.ts';
import { messageOf } from '../../components/error-message.ts';

export interface LoginProblem {
  title: string;
  /** The user guide's 解决方案. */
  hint?: string;
  /** The server could not be reached: offer the offline unlock. */
  offline?: boolean;
  /** The captcha was used up: fetch a new one. */
  newCaptcha?: boolean;
}

/** The user guide's three log-in errors, with its solutions, and what else may go wrong. */
export function loginProblemOf(error: unknown): LoginProblem {
  const code = error instanceof ApiError ? error.code : 'INTERNAL';
  switch (code) {
    case 'WRONG_CREDENTIALS':
      return {
        title: '账户或密码错误',
        hint: '请重新录入您的账户、密码，点击“登录”即可。',
        newCaptcha: true,
      };
    case 'WRONG_CAPTCHA':
      return {
        title: '验证码错误',
        hint: '请重新录入正确的验证码；如果验证码看不清，可以点击验证码图片更换。',
        newCaptcha: true,
      };
    case 'NOT_APPROVED':
      return {
        title: '此帐号还未被审核',
        hint: '请耐心等待同级人社部门管理员的审核，或者主动联系同级人社部门管理员催其审核。',
        newCaptcha: true,
      };
    case 'TOO_MANY_ATTEMPTS':
      return { title: messageOf(error), hint: '为保护账户安全，请稍后再试。', newCaptcha: true };
    case 'UNAVAILABLE':
      return { title: messageOf(error), hint: '可以使用“离线登录”打开本机登录过的账户。', offline: true };
    default:
      return { title: messageOf(error), newCaptcha: true };
  }
}
