import { z } from 'zod';
import { checkUnitCode } from '../../src-shared/domain/unit-code.ts';
import type { ServerContext } from '../context.ts';
import { parseInput } from '../http/http-error.ts';
import { requiredText } from './fields.ts';
import { liveUnitsWithCode } from './unit-code-lookup.ts';

export const unitCodeQuerySchema = z.object({ code: requiredText('单位代码', 30) });

export type UnitCodeAnswer =
  | { valid: false; available: false; message: string }
  | {
      valid: true;
      available: boolean;
      code: string;
      kind: 'socialCreditCode' | 'organizationCode';
      message: string;
    };

/**
 * Step 1 of the unit registration: is the code well-formed, and is it free? A malformed code is an
 * answer here, not an error, so the form can show the reason next to the field.
 */
export async function checkUnitCodeAvailability(
  context: ServerContext,
  query: unknown,
): Promise<UnitCodeAnswer> {
  const { code } = parseInput(unitCodeQuerySchema, query);
  const check = checkUnitCode(code);
  if (!check.ok) return { valid: false, available: false, message: check.message };
  const taken = await liveUnitsWithCode(context.db, check).executeTakeFirst();
  return {
    valid: true,
    available: !taken,
    code: check.value,
    kind: check.kind,
    message: taken ? '该单位代码已注册，请勿重复注册' : '该单位代码可以注册',
  };
}
