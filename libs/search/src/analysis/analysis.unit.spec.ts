import { compoundParts } from './compound-parts';
import { facetValues, urenBuckets } from './facet-values';
import { HIGHLIGHT_POST as POST, HIGHLIGHT_PRE as PRE, renderHighlight, stripMarkers } from './highlight';
import { parseSearchText } from './parse-search-text';
import { synonymGroupsIn, synonymGroupsOf } from './synonyms';

describe('compoundParts', () => {
  it('adds the known parts of compounds, once', () => {
    expect(compoundParts('Vrachtwagenchauffeur en heftruckchauffeur gezocht')).toEqual(['vrachtwagen', 'chauffeur', 'heftruck']);
    expect(compoundParts('Onderhoudsmonteur')).toEqual(['onderhoud', 'monteur']);
    expect(compoundParts('Kok', 'bakker')).toEqual([]);
  });
});

describe('synonym groups', () => {
  it('knows job titles and plural -s, and nothing else', () => {
    expect(synonymGroupsOf(['orderpicker'])).toEqual(['orderpicker']);
    expect(synonymGroupsOf(['magazijnmedewerkers'])).toEqual(['orderpicker']);
    expect(synonymGroupsOf(['medewerker', 'magazijn'])).toEqual(['orderpicker']);
    expect(synonymGroupsOf(['vorkheftruckbestuurder'])).toEqual(['heftruckchauffeur']);
    expect(synonymGroupsOf(['astronaut'])).toEqual([]);
  });

  it('finds every known term in a text, phrases included', () => {
    expect(synonymGroupsIn('Wij zoeken een Medewerker magazijn met heftruckcertificaat')).toEqual(expect.arrayContaining(['orderpicker', 'heftruckcertificaat']));
    expect(synonymGroupsIn('Astronaut gezocht')).toEqual([]);
  });
});

describe('parseSearchText', () => {
  it('normalises, expands synonyms and compounds, and marks the last word as a prefix', () => {
    const [term] = parseSearchText('Heftruckchauffeur');
    expect(term.words).toEqual(['heftruckchauffeur']);
    expect(term.alternatives).toEqual([['heftruckchauffeur'], ['heftruck', 'chauffeur']]);
    expect(term.groups).toEqual(['heftruckchauffeur']);
    expect(term.prefix).toBe(true);
  });

  it('reads a known phrase as one term and ANDs the terms', () => {
    const terms = parseSearchText('medewerker magazijn Tiel');
    expect(terms.map((t) => t.words)).toEqual([['medewerker', 'magazijn'], ['tiel']]);
    expect(terms[0].groups).toEqual(['orderpicker']);
    expect(terms[0].prefix).toBe(false);
  });

  it('strips accents and punctuation, and does not prefix a short last word', () => {
    expect(parseSearchText('Café-medewerker (m/v)').map((t) => t.words[0])).toEqual(['cafe', 'medewerker', 'm', 'v']);
    expect(parseSearchText('kok ab').at(-1)?.prefix).toBe(false);
    expect(parseSearchText('   ')).toEqual([]);
  });

  it('uses at most ten words', () => {
    expect(parseSearchText('een twee drie vier vijf zes zeven acht negen tien elf')).toHaveLength(10);
  });
});

describe('urenBuckets and facetValues', () => {
  it('puts an hours range in the buckets it overlaps (half-open), a single value in its own', () => {
    expect(urenBuckets(12, 16)).toEqual(['0-16']);
    expect(urenBuckets(20, 32)).toEqual(['16-24', '24-32']);
    expect(urenBuckets(16, 40)).toEqual(['16-24', '24-32', '32+']);
    expect(urenBuckets(32, 32)).toEqual(['32+']);
    expect(urenBuckets(null, 24)).toEqual(['24-32']);
    expect(urenBuckets(undefined, null)).toEqual([]);
  });

  it('lists each facet value once, empty for what is missing', () => {
    expect(facetValues({ sector: 'H', doelgroepen: ['a', 'a', ''], instrumenten: ['LKS'], rijbewijs: null, urenMin: 8, urenMax: 8 })).toEqual({
      sector: ['H'],
      gemeente: [],
      uren: ['0-16'],
      doelgroep: ['a'],
      instrument: ['LKS'],
      rijbewijs: [],
      status: [],
    });
  });
});

describe('renderHighlight', () => {
  it('escapes HTML and turns the engine markers into <mark>', () => {
    expect(renderHighlight(`<img onerror=x> ${PRE}café${POST} & "zo"`)).toBe('&lt;img onerror=x&gt; <mark>café</mark> &amp; &quot;zo&quot;');
  });

  it('gives nothing when nothing matched', () => {
    expect(renderHighlight('plain text')).toBeUndefined();
    expect(renderHighlight(null)).toBeUndefined();
  });

  it('strips markers from text before it is indexed', () => {
    expect(stripMarkers(`a${PRE}b${POST}c`)).toBe('abc');
  });
});
