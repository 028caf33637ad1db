import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { HttpError, parseInput } from '../../src-server/http/http-error.ts';

const schema = z.object({ name: z.string(), tags: z.array(z.string()).optional() }).strict();

function failureOf(value: unknown): HttpError {
  try {
    parseInput(schema, value);
  } catch (error) {
    if (error instanceof HttpError) return error;
  }
  throw new Error('expected a refusal');
}

describe('parseInput', () => {
  it('returns the parsed value', () => {
    expect(parseInput(schema, { name: '张三\n', tags: ['a\tb'] })).toEqual({
      name: '张三\n',
      tags: ['a\tb'],
    });
  });

  it('names each field at fault in Chinese', () => {
    const error = failureOf({ name: 1, extra: true });
    expect(error.status).toBe(400);
    expect(error.fields?.map((f) => f.field).sort()).toEqual(['extra', 'name']);
    expect(error.message).toMatch(/^参数无效/);
  });

  it('refuses control characters anywhere, naming the field', () => {
    expect(failureOf({ name: 'a\u0000b' }).fields).toEqual([{ field: 'name', message: '不能包含控制字符' }]);
    expect(failureOf({ name: 'ok', tags: ['x', 'y\u001b'] }).fields).toEqual([
      { field: 'tags.1', message: '不能包含控制字符' },
    ]);
  });
});
