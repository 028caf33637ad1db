/*
 * CompletionChart: per department, how many staff met the year's requirement and how many did not, and
 * how many met the 公需 and the 专业 minimum.
 */
import { useEffect, useRef } from 'react';
import type { CompletionRow } from './completion-rows.ts';
import { echarts } from './echarts.ts';

export function CompletionChart({ rows }: { rows: CompletionRow[] }) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);

  useEffect(() => {
    const instance = echarts.init(element.current!);
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current!);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const series = (name: string, pick: (row: CompletionRow) => number, color: string, stack?: string) => ({
      name,
      type: 'bar' as const,
      stack,
      barMaxWidth: 28,
      itemStyle: { color },
      data: rows.map(pick),
    });
    chart.current?.setOption(
      {
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        legend: { top: 0 },
        grid: { left: 48, right: 16, top: 40, bottom: 64 },
        xAxis: {
          type: 'category',
          data: rows.map((row) => row.name),
          axisLabel: { interval: 0, rotate: rows.length > 6 ? 30 : 0 },
        },
        yAxis: { type: 'value', name: '人数', minInterval: 1 },
        series: [
          series('达标', (row) => row.met, '#52c41a', 'people'),
          series('未达标', (row) => row.notMet, '#ff4d4f', 'people'),
          series('公需科目达标', (row) => row.publicMet, '#1f5fae'),
          series('专业科目达标', (row) => row.professionalMet, '#13a8a8'),
        ],
      },
      true,
    );
  }, [rows]);

  return <div ref={element} style={{ width: '100%', height: 340 }} data-testid="completion-chart" />;
}
