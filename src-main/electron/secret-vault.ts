import { safeStorage } from 'electron';
import type { SecretVault } from '../core/index.ts';

/** Session tokens are sealed with the OS keychain (DPAPI on Windows) before the core stores them. */
export const safeStorageVault: SecretVault = {
  async seal(plain) {
    if (!safeStorage.isEncryptionAvailable()) throw new Error('系统加密服务不可用，无法保存登录状态');
    return safeStorage.encryptString(plain).toString('base64');
  },
  async open(sealed) {
    return safeStorage.decryptString(Buffer.from(sealed, 'base64'));
  },
};
