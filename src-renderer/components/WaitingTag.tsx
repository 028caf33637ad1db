/*
 * WaitingTag: marks a row or record whose decision waits to be sent to the server (待同步).
 *
 *   {row.waiting && <WaitingTag />}
 */
import { CloudUploadOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';

export function WaitingTag() {
  return (
    <Tooltip title="此处的操作已保存在本机，联网同步后提交到服务器">
      <Tag icon={<CloudUploadOutlined />} color="warning" data-testid="waiting-tag">
        待同步
      </Tag>
    </Tooltip>
  );
}
