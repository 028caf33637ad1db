import { ApiError } from '../../api.ts';
import type { RegistrationValues } from './registration-values.ts';

/**
 * Sends a unit registration and answers the server's pending message. The IPC contract has no
 * unit-registration call yet, so this answers the failure the user sees until it has one.
 */
export async function submitRegistration(_values: RegistrationValues, _scan: File): Promise<string> {
  throw new ApiError({
    code: 'UNAVAILABLE',
    message: '本客户端暂不能提交单位注册，请联系同级人社部门或通过网上服务平台注册',
  });
}
