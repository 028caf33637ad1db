import type { FormRule } from 'antd';
import { isMobilePhone } from '../../../src-shared/domain/contact.ts';

/** A unit's contact may be a landline (area code, number, optional extension) or a mobile, as the server accepts. */
const LANDLINE = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;

export const contactPhoneRule: FormRule = {
  validator: (_, value: string | undefined) => {
    const text = value?.trim() ?? '';
    return text === '' || LANDLINE.test(text) || isMobilePhone(text)
      ? Promise.resolve()
      : Promise.reject(new Error('请输入手机号码或带区号的固定电话'));
  },
};
