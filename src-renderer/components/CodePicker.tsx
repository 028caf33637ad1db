/*
 * CodePicker: a form field whose value is chosen in a pop-up window (弹出窗口选择), as the user guide
 * asks for 单位性质, 行业主管部门, 同级人社部门, 隶属关系, 级别 and 行业. Entries with a `parentCode` show
 * indented under their parent; a search box narrows long lists.
 *
 *   <Form.Item name="natureCode" label="单位性质" rules={[{ required: true, message: '请选择单位性质' }]}>
 *     <CodePicker title="选择单位性质" entries={dictionaries.unitNatures} />
 *   </Form.Item>
 *
 * `allowCustom` adds a box for a value not in the list (the value is then the text typed).
 */
import { SearchOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Input, Modal, Space } from 'antd';
import { useState } from 'react';

export interface PickerEntry {
  code: string;
  label: string;
  parentCode?: string | null;
}

export interface CodePickerProps {
  title: string;
  entries: readonly PickerEntry[];
  value?: string;
  onChange?(code: string): void;
  placeholder?: string;
  disabled?: boolean;
  allowCustom?: boolean;
  /** Shows the code beside the label, for national code lists. */
  showCode?: boolean;
  id?: string;
}

export function CodePicker({
  title,
  entries,
  value,
  onChange,
  placeholder = '请点击选择',
  disabled,
  allowCustom,
  showCode,
  id,
}: CodePickerProps) {
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<string | undefined>(value);
  const [search, setSearch] = useState('');
  const [custom, setCustom] = useState('');
  const shown = entries.find((entry) => entry.code === value)?.label ?? value ?? '';
  const words = search.trim();
  const visible = words
    ? entries.filter((entry) => entry.label.includes(words) || entry.code.includes(words.toUpperCase()))
    : entries;

  const show = () => {
    setChosen(value);
    setSearch('');
    setCustom(value && !entries.some((entry) => entry.code === value) ? value : '');
    setOpen(true);
  };
  const pick = (code: string | undefined) => {
    if (!code) return;
    onChange?.(code);
    setOpen(false);
  };

  return (
    <>
      <Space.Compact style={{ width: '100%' }}>
        <Input
          id={id}
          readOnly
          value={shown}
          placeholder={placeholder}
          disabled={disabled}
          onClick={() => !disabled && show()}
        />
        <Button onClick={show} disabled={disabled}>
          选择
        </Button>
      </Space.Compact>
      <Modal
        open={open}
        title={title}
        okText="选定"
        onOk={() => pick(custom.trim() || chosen)}
        okButtonProps={{ disabled: !(custom.trim() || chosen) }}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder="输入名称或代码查找"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          style={{ marginBottom: 12 }}
        />
        <Flex vertical className="code-picker-list" role="listbox" aria-label={title}>
          {visible.length === 0 && (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有匹配的选项" />
          )}
          {visible.map((entry) => (
            <div
              key={entry.code}
              role="option"
              aria-selected={entry.code === chosen}
              className={entry.code === chosen ? 'code-picker-option chosen' : 'code-picker-option'}
              style={{ paddingInlineStart: entry.parentCode ? 32 : 12 }}
              onClick={() => {
                setChosen(entry.code);
                setCustom('');
              }}
              onDoubleClick={() => pick(entry.code)}
            >
              {showCode && <span className="code-picker-code">{entry.code}</span>}
              {entry.label}
            </div>
          ))}
        </Flex>
        {allowCustom && (
          <Input
            style={{ marginTop: 12 }}
            placeholder="列表中没有时，请直接填写"
            value={custom}
            maxLength={100}
            onChange={(event) => setCustom(event.target.value)}
          />
        )}
      </Modal>
    </>
  );
}
