export const KENNISSESSIE_HERINNERING_JOB = 'KennissessieHerinnering';
export interface KennissessieHerinneringJob {
  tenantId: string;
  aanmeldingId: string;
}
export const kennissessieHerinneringJobId = (aanmeldingId: string) => `kennissessie-herinnering-${aanmeldingId}`;
