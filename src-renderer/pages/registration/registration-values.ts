/** What the three steps of unit registration collect (the server's `/registrations/units` form). */
export interface RegistrationValues {
  code: string;
  name: string;
  regionCode: string;
  natureCode: string;
  competentDepartment: string;
  hrDepartmentCode: string;
  affiliationCode: string;
  levelCode: string;
  industryCode: string;
  address: string;
  contactName: string;
  contactPhone: string;
  applicant: {
    idNumber: string;
    name: string;
    password: string;
    confirmPassword: string;
    phone: string;
    email: string;
  };
}

/** The fields each step checks before 下一步. */
export const stepFields: (string | string[])[][] = [
  ['code'],
  [
    'name',
    'regionCode',
    'natureCode',
    'competentDepartment',
    'hrDepartmentCode',
    'affiliationCode',
    'levelCode',
    'industryCode',
    'address',
    'contactName',
    'contactPhone',
  ],
  [
    ['applicant', 'idNumber'],
    ['applicant', 'name'],
    ['applicant', 'password'],
    ['applicant', 'confirmPassword'],
    ['applicant', 'phone'],
    ['applicant', 'email'],
  ],
];
