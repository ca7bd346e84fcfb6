import { Injectable } from '@nestjs/common';
import { SearchDocumentType } from '../port/search-document';
import { SearchDocumentSource } from './search-document-source';

/** The document sources, one per type, registered by the feature modules at start (API and worker alike). */
@Injectable()
export class SearchSourceRegistry {
  private readonly sources = new Map<SearchDocumentType, SearchDocumentSource>();

  register(source: SearchDocumentSource): void {
    const existing = this.sources.get(source.type);
    if (existing && existing !== source) throw new Error(`a search source for "${source.type}" is already registered`);
    this.sources.set(source.type, source);
  }

  /** The source for a type, or undefined when no feature registered one (in this process). */
  find(type: SearchDocumentType): SearchDocumentSource | undefined {
    return this.sources.get(type);
  }

  get(type: SearchDocumentType): SearchDocumentSource {
    const source = this.sources.get(type);
    if (!source) throw new Error(`no search source registered for "${type}"`);
    return source;
  }

  types(): SearchDocumentType[] {
    return [...this.sources.keys()];
  }
}
