/*
 * useSaveForm: the busy flag and the failure handling of a form that saves through the core. The
 * core's field messages show under the form's own fields; any other failure as a message.
 *
 *   const { busy, saving } = useSaveForm(form);
 *   const save = (values: Values) =>
 *     saving(async () => {
 *       await api.profileUpdate(changedText(profile, values, ['phone', 'email']));
 *       message.success('个人信息已保存');
 *       onSaved();
 *     });
 *   <Button type="primary" htmlType="submit" loading={busy}>保存</Button>
 */
import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import { messageOf } from './error-message.ts';
import { applyFieldErrors } from './form-errors.ts';

export interface SaveForm {
  /** A save is running: the 保存 button shows it and a second one waits. */
  busy: boolean;
  /** Runs the save; a failure is shown, never thrown. */
  saving(work: () => Promise<void>): Promise<void>;
}

export function useSaveForm(form: FormInstance): SaveForm {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const saving = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      if (!applyFieldErrors(form, error)) message.error(messageOf(error));
    } finally {
      setBusy(false);
    }
  };
  return { busy, saving };
}
