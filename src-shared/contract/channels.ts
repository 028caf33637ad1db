/**
 * The names of the IPC contract's calls and events, kept free of zod so that the preload bundle stays
 * tiny. `ipc.ts` makes the compiler check that the contract has exactly these names.
 */
export const ipcChannelNames = [
  'appInfo',
  // Session and accounts (登录、账户)
  'sessionCaptcha',
  'sessionLogIn',
  'sessionUnlock',
  'sessionLogOut',
  'sessionCurrent',
  'accountsList',
  // 单位注册 (before log-in)
  'unitRegistrationSubmit',
  // Settings (设置)
  'settingsGet',
  'settingsSet',
  // Reference data (代码表、继续教育类型)
  'referenceData',
  // 管理员管理
  'unitGet',
  'unitUpdate',
  'profileGet',
  'profileUpdate',
  'passwordChange',
  'subAdminsList',
  'subAdminsCreate',
  'subAdminsUpdate',
  'subAdminsDelete',
  'departmentsTree',
  'departmentsCreate',
  'departmentsRename',
  'departmentsMove',
  'departmentsDelete',
  // 审核注册账号
  'registrationsList',
  'registrationsApprove',
  'registrationsReject',
  // 专业技术人员管理
  'staffList',
  'staffDetail',
  'staffExportRows',
  'staffFindByIdNumbers',
  'staffTransfer',
  'staffMarkLeft',
  'staffResetPassword',
  // 继续教育信息管理
  'declarationsList',
  'declarationsCounts',
  'declarationsDetail',
  'declarationsScan',
  'declarationsApprove',
  'declarationsReject',
  // 其它继续教育形式申报
  'unitDeclarationsCreate',
  // 证书打印
  'certificatesPeople',
  'certificatesRecord',
  'printersList',
  'certificatesPreview',
  'certificatesRun',
  'certificatesCancel',
  'certificatesJobStatus',
  'certificateTemplateGet',
  'certificateTemplateExportDefault',
  'certificateTemplateUse',
  'certificateTemplateEdit',
  // 学时统计
  'hoursCompletion',
  'hoursStaff',
  // 同步
  'syncState',
  'syncNow',
  'syncConflicts',
  'syncConflictRedo',
  'syncConflictDiscard',
] as const;

export type IpcChannel = (typeof ipcChannelNames)[number];

/** The Electron IPC channel that carries a contract call. */
export function electronChannel(name: IpcChannel): string {
  return `api:${name}`;
}

/** What the core tells the renderer without being asked. */
export const coreEventNames = ['syncState', 'certificateJob'] as const;

export type CoreEventName = (typeof coreEventNames)[number];

/** The Electron channel the main process sends an event on (`webContents.send`). */
export function electronEventChannel(name: CoreEventName): string {
  return `event:${name}`;
}

export function isCoreEventName(name: string): name is CoreEventName {
  return (coreEventNames as readonly string[]).includes(name);
}
