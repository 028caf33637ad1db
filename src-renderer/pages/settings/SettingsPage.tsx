import { Flex } from 'antd';
import { PageHeader } from '../../components/PageHeader.tsx';
import { SettingsForm } from './SettingsForm.tsx';
import { SystemInfoCard } from './SystemInfoCard.tsx';

export function SettingsPage() {
  return (
    <>
      <PageHeader title="设置" description="本机的同步、打印设置，保存在本机用户数据目录" />
      <Flex vertical gap={16}>
        <SettingsForm />
        <SystemInfoCard />
      </Flex>
    </>
  );
}
