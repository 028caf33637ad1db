import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Skeleton } from 'antd';
import { useState } from 'react';
import { api } from '../../api.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useCoreData } from '../../components/use-core-data.ts';
import { useReferenceData } from '../../components/use-reference-data.ts';
import { UnitInfoForm } from './UnitInfoForm.tsx';
import { UnitInfoView } from './UnitInfoView.tsx';

/** 单位信息管理: the unit's registration data, with what may be edited. */
export function UnitInfoPage() {
  const unit = useCoreData(() => api.unitGet(), 'unit');
  const reference = useReferenceData();
  const [editing, setEditing] = useState(false);
  return (
    <>
      <PageHeader
        title="单位信息管理"
        description="单位代码、所属区域和同级人社部门为注册时审核的信息，不能修改"
        extra={
          !editing &&
          unit.data && (
            <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)}>
              修改单位信息
            </Button>
          )
        }
      />
      {unit.error && <Alert type="error" showIcon title={unit.error} />}
      {!unit.data ? (
        <Skeleton active />
      ) : editing ? (
        <UnitInfoForm
          unit={unit.data}
          reference={reference}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            unit.reload();
          }}
        />
      ) : (
        <UnitInfoView unit={unit.data} reference={reference} />
      )}
    </>
  );
}
