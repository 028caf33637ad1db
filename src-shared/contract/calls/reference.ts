import { z } from 'zod';
import { ceTypeSchema } from '../../domain/ce-types.ts';
import { noArguments } from './common.ts';

const dictionaryEntry = z.object({ code: z.string(), label: z.string(), parentCode: z.string().nullable() });

/** The code lists, CE types and yearly requirements the server serves, as synced into the cache. */
export const referenceDataSchema = z.object({
  /** By dictionary name (`unitNatures`, `industries`, …), in display order. */
  dictionaries: z.record(z.string(), z.array(dictionaryEntry)),
  ceTypes: z.array(ceTypeSchema),
  hourRequirements: z.array(
    z.object({
      year: z.number().int(),
      totalHours: z.number(),
      publicMinHours: z.number(),
      professionalMinHours: z.number(),
    }),
  ),
});
export type ReferenceData = z.infer<typeof referenceDataSchema>;

export const referenceCalls = {
  referenceData: { input: noArguments, output: referenceDataSchema },
} as const;
