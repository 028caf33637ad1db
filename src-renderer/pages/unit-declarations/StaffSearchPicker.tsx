/*
 * StaffSearchPicker: finds approved staff by name or ID number as the officer types, and adds the one chosen.
 */
import { Select } from 'antd';
import { useRef, useState } from 'react';
import type { StaffRow } from '../../../src-shared/contract/index.ts';
import { api } from '../../api.ts';

const SEARCH_DELAY_MS = 250;

export function StaffSearchPicker({ onAdd }: { onAdd(rows: StaffRow[]): void }) {
  const [found, setFound] = useState<StaffRow[]>([]);
  const [loading, setLoading] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  const latest = useRef('');

  const search = (text: string) => {
    window.clearTimeout(timer.current);
    latest.current = text.trim();
    if (!latest.current) return setFound([]);
    timer.current = window.setTimeout(() => {
      const asked = latest.current;
      setLoading(true);
      api
        .staffList({ search: asked, status: 'approved', limit: 20 })
        .then((page) => asked === latest.current && setFound(page.rows))
        .catch(() => setFound([]))
        .finally(() => setLoading(false));
    }, SEARCH_DELAY_MS);
  };

  return (
    <Select<string>
      showSearch={{ filterOption: false, onSearch: search }}
      value={null}
      style={{ width: '100%' }}
      placeholder="输入姓名或身份证号码查找人员"
      loading={loading}
      notFoundContent={loading ? '查找中…' : '没有找到'}
      options={found.map((row) => ({
        value: row.id,
        label: [row.name, row.idNumber, row.departmentName].filter(Boolean).join(' · '),
      }))}
      onSelect={(id) => {
        const row = found.find((candidate) => candidate.id === id);
        if (row) onAdd([row]);
      }}
      data-testid="staff-search-picker"
    />
  );
}
