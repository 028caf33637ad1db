import { UnitDeclarationPage } from './UnitDeclarationPage.tsx';

/** 其它继续教育形式申报(公需). */
export function PublicUnitDeclarationPage() {
  return <UnitDeclarationPage category="public" />;
}

/** 其它继续教育形式申报(专业). */
export function ProfessionalUnitDeclarationPage() {
  return <UnitDeclarationPage category="professional" />;
}
