import { Alert } from 'antd';

/** Every problem of a template, one a line, as the core named them. */
export function ProblemList({ title, problems }: { title: string; problems: string[] }) {
  if (problems.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      title={title}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="template-problems">
          {problems.map((problem) => (
            <li key={problem} style={{ wordBreak: 'break-all' }}>
              {problem}
            </li>
          ))}
        </ul>
      }
      style={{ marginBottom: 12 }}
    />
  );
}
