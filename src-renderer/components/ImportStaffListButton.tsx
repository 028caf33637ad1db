/*
 * ImportStaffListButton: reads an Excel staff list (.xlsx) and finds the unit's approved staff by the ID
 * numbers in it, to select those people for batch work. ID numbers of no one in the unit are listed.
 *
 *   <ImportStaffListButton onFound={(rows) => setSelected(rows.map((row) => row.id))} />
 */
import { FileExcelOutlined } from '@ant-design/icons';
import { App, Button, Upload } from 'antd';
import { useState } from 'react';
import { BATCH_MAX_ITEMS, type StaffRow } from '../../src-shared/contract/index.ts';
import { api } from '../api.ts';
import { messageOf } from './error-message.ts';
import { readIdNumbers } from './excel.ts';

export interface ImportStaffListButtonProps {
  onFound(rows: StaffRow[]): void;
  label?: string;
}

export function ImportStaffListButton({ onFound, label = '从 Excel 名单选择' }: ImportStaffListButtonProps) {
  const { message, modal } = App.useApp();
  const [busy, setBusy] = useState(false);

  const importFile = async (file: File) => {
    setBusy(true);
    try {
      const idNumbers = await readIdNumbers(file);
      if (idNumbers.length === 0) {
        message.warning('名单中没有找到身份证号码，请确认表格中有“身份证号码”一列');
        return;
      }
      const { found, missing } = await api.staffFindByIdNumbers({
        idNumbers: idNumbers.slice(0, BATCH_MAX_ITEMS),
      });
      onFound(found);
      if (missing.length === 0) message.success(`已从名单选中 ${found.length} 人`);
      else
        modal.warning({
          title: `已选中 ${found.length} 人，${missing.length} 个身份证号码不在本单位已审核人员中`,
          content: <div style={{ maxHeight: 240, overflow: 'auto' }}>{missing.join('、')}</div>,
        });
    } catch (error) {
      message.error(`名单读取失败：${messageOf(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Upload
      accept=".xlsx"
      showUploadList={false}
      beforeUpload={(file) => {
        void importFile(file);
        return false;
      }}
    >
      <Button icon={<FileExcelOutlined />} loading={busy} data-testid="import-staff-list">
        {label}
      </Button>
    </Upload>
  );
}
