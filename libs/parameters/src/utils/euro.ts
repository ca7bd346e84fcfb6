/** "98933.2" → "€ 98.933,20": euros the Dutch way, for texts, mails and PDFs (the API itself answers "98933.20"). */
export function euroNl(amount: string, decimalen = 2): string {
  const negatief = amount.trim().startsWith('-');
  const [heel, deel = ''] = amount.trim().replace('-', '').split('.');
  const groepen = heel.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const centen = decimalen > 0 ? `,${(deel + '0'.repeat(decimalen)).slice(0, decimalen)}` : '';
  return `${negatief ? '-' : ''}€ ${groepen}${centen}`;
}

/** "5.62" → "5,62 %". */
export function procentNl(pct: string): string {
  return `${pct.replace('.', ',')} %`;
}
