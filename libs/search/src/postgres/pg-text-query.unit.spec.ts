import { parseSearchText } from '../analysis/parse-search-text';
import { toTsQueryText, WordAnalysis, wordsToAnalyse } from './pg-text-query';

const analysis = (entries: Record<string, Partial<WordAnalysis>>) =>
  new Map(Object.entries(entries).map(([word, a]) => [word, { lexemes: a.lexemes ?? [], forms: a.forms ?? [], known: a.known ?? false, similar: a.similar ?? [] }]));

describe('wordsToAnalyse', () => {
  it('lists every word once, asking typo alternatives only for the user’s own long words', () => {
    const { words, fuzzy } = wordsToAnalyse(parseSearchText('kok chauffer'));
    expect(words[0]).toBe('kok');
    expect(Object.fromEntries(words.map((w, i) => [w, fuzzy[i]]))).toMatchObject({ kok: false, chauffer: true });
  });
});

describe('toTsQueryText', () => {
  it('ORs the alternatives of a term, ANDs the words of an alternative and the terms', () => {
    const terms = [
      { words: ['heftruckchauffeur'], alternatives: [['heftruckchauffeur'], ['heftruck', 'chauffeur']], groups: ['heftruckchauffeur'], prefix: false },
      { words: ['tiel'], alternatives: [['tiel']], groups: [], prefix: true },
    ];
    const text = toTsQueryText(
      terms,
      analysis({ heftruckchauffeur: { lexemes: ['heftruckchauffeur'] }, heftruck: { lexemes: ['heftruck'] }, chauffeur: { lexemes: ['chauffeur'] }, tiel: { lexemes: ['tiel'] } }),
    );
    expect(text).toBe(`('heftruckchauffeur' | ('heftruck' & 'chauffeur') | 'syn_heftruckchauffeur') & ('tiel' | 'tiel':*)`);
    const known = analysis({ tiel: { lexemes: ['tiel'], forms: ['tiel'], known: true } });
    expect(toTsQueryText([terms[1]], known)).toBe(`'tiel'`);
  });

  it('searches every indexed form of a word (the stemmer splits plural and singular)', () => {
    const terms = [{ words: ['vrachtwagen'], alternatives: [['vrachtwagen']], groups: [], prefix: true }];
    expect(toTsQueryText(terms, analysis({ vrachtwagen: { lexemes: ['vrachtwag'], forms: ['vrachtwag', 'vrachtwagen'], known: true } }))).toBe(
      `('vrachtwag' | 'vrachtwagen')`,
    );
  });

  it('adds similar lexemes for a typo, drops stop words, and gives null when nothing is left', () => {
    const terms = parseSearchText('de chaufeur');
    expect(toTsQueryText(terms, analysis({ de: {}, chaufeur: { lexemes: ['chaufeur'], similar: ['chauffeur'] } }))).toBe(
      `('chaufeur' | 'chaufeur':* | 'chauffeur')`,
    );
    expect(toTsQueryText(parseSearchText('de het'), analysis({ de: {}, het: {} }))).toBeNull();
  });

  it('quotes lexemes so they cannot add operators', () => {
    const terms = [{ words: ['x'], alternatives: [['x']], groups: [], prefix: false }];
    expect(toTsQueryText(terms, analysis({ x: { lexemes: ["a' | 'b"] } }))).toBe(`'a'' | ''b'`);
  });
});
