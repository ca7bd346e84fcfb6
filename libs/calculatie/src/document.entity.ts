import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type DocumentSoort = 'OFFERTE';

/** A rendered document (PDF bytes), one per subject (e.g. an offerte version). */
@Entity('document')
export class DocumentRij {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'tenant_id', type: 'uuid' }) tenantId: string;
  @Column({ type: 'text' }) soort: DocumentSoort;
  @Column({ name: 'onderwerp_id', type: 'uuid' }) onderwerpId: string;
  @Column() bestandsnaam: string;
  @Column({ name: 'mime_type' }) mimeType: string;
  @Column({ type: 'bytea' }) inhoud: Buffer;
  @Column({ type: 'char', length: 64 }) sha256: string;
  @Column({ type: 'int' }) grootte: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
