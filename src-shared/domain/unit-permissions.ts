/** What a unit's sub-administrator (管理人员) may be allowed to do; the main administrator may do all. */
export const unitPermissions = [
  { code: 'registrations', label: '审核注册账号' },
  { code: 'staff', label: '专业技术人员管理' },
  { code: 'departments', label: '组织机构管理' },
  { code: 'declarations', label: '继续教育信息管理' },
  { code: 'unitDeclarations', label: '其它继续教育形式申报' },
  { code: 'certificates', label: '证书打印' },
  { code: 'unitInfo', label: '单位信息管理' },
] as const;

export type UnitPermission = (typeof unitPermissions)[number]['code'];

export const unitPermissionCodes = unitPermissions.map((p) => p.code) as [
  UnitPermission,
  ...UnitPermission[],
];
