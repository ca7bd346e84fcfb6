/** The kinds of things the search finds. One index (or one slice of the table) per type. */
export const SEARCH_DOCUMENT_TYPES = ['vacature', 'kandidaat', 'werkgever', 'functiecreatie'] as const;
export type SearchDocumentType = (typeof SEARCH_DOCUMENT_TYPES)[number];

export interface GeoPoint {
  lat: number;
  lon: number;
}

/**
 * The facet values of a document. Every value is a plain string (or string list) that the feature chooses
 * (an enum value, a gemeente name, an SBI sector code); the search engine only counts and filters them.
 */
export interface SearchDocumentFacets {
  sector?: string | null;
  gemeente?: string | null;
  /** Hours per week offered (vacature) or available (kandidaat); a single value: urenMin = urenMax. */
  urenMin?: number | null;
  urenMax?: number | null;
  doelgroepen?: string[];
  instrumenten?: string[];
  /** Driving licence category needed (vacature) or held (kandidaat), e.g. "B", "C"; absent or null when none. */
  rijbewijs?: string | null;
  status?: string | null;
}

/**
 * What a feature hands to the index for one of its rows. Built by the feature's `SearchDocumentSource`; it
 * must hold only what the searching users may see in a hit list (no BSN, names of candidates, indications).
 */
export interface SearchDocument {
  type: SearchDocumentType;
  /** The feature row's id (uuid). (type, id) is the document's identity: upserting it again replaces it. */
  id: string;
  tenantId: string;
  /** The employer the document belongs to (a vacature's werkgever, a werkgever's own id), if any. */
  werkgeverId?: string | null;
  /** Weighted highest (A). */
  title: string;
  /** The searchable body (C): description, tasks, pitch, … Plain text; HTML is not interpreted. */
  text: string;
  /** Skills, beroepen, tags (B). */
  keywords: string[];
  facets: SearchDocumentFacets;
  geo?: GeoPoint | null;
  /**
   * Whether employer users (other than the document's own werkgever) may find it: an OPEN vacature, an
   * anonymised kandidaat card that may be shown. See `SearchQuery.werkgeverScope`.
   */
  visibleToWerkgever?: boolean;
  updatedAt: Date;
}
