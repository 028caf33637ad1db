import type { FormRule } from 'antd';
import { isContactPhone } from '../../../src-shared/domain/contact.ts';

/** A unit's contact may be a landline (area code, number, optional extension) or a mobile, as the server accepts. */
export const contactPhoneRule: FormRule = {
  validator: (_, value: string | undefined) => {
    const text = value?.trim() ?? '';
    return text === '' || isContactPhone(text)
      ? Promise.resolve()
      : Promise.reject(new Error('请输入手机号码或带区号的固定电话'));
  },
};
