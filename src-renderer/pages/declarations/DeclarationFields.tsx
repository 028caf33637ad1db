import { Descriptions } from 'antd';
import type { ReferenceData } from '../../../src-shared/contract/index.ts';
import { fieldDisplay } from './lib/field-display.ts';

export interface DeclarationFieldsProps {
  typeCode: string;
  fields: Record<string, unknown>;
  reference: ReferenceData | undefined;
}

/** The declaration type's fields, labelled from the served CE catalogue, in the catalogue's order. */
export function DeclarationFields({ typeCode, fields, reference }: DeclarationFieldsProps) {
  const specs = reference?.ceTypes.find((type) => type.code === typeCode)?.fields ?? [];
  const known = new Set(specs.map((spec) => spec.key));
  const others = Object.keys(fields).filter((key) => !known.has(key));
  return (
    <Descriptions bordered size="small" column={2} data-testid="declaration-fields">
      {specs.map((spec) => (
        <Descriptions.Item key={spec.key} label={spec.label}>
          {fieldDisplay(spec, fields[spec.key])}
        </Descriptions.Item>
      ))}
      {others.map((key) => (
        <Descriptions.Item key={key} label={key}>
          {String(fields[key])}
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}
