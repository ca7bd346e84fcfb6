import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * Personal data of a candidate, in its own table. Staff read it only through `kandidaatIdentiteit`
 * (audited, with a reason); employers never see this type.
 */
@ObjectType({ description: 'Persoonsgegevens van een kandidaat. Alleen voor medewerkers; elke inzage wordt gelogd.' })
@Entity('kandidaat_identiteit')
export class KandidaatIdentiteit {
  @PrimaryColumn({ name: 'kandidaat_id', type: 'uuid' }) kandidaatId: string;
  @Column({ name: 'tenant_id', type: 'uuid' }) tenantId: string;
  @Field() @Column() voornaam: string;
  @Field() @Column() achternaam: string;
  @Field() @Column({ type: 'char', length: 9 }) bsn: string;
  @Field({ description: 'JJJJ-MM-DD' }) @Column({ type: 'date' }) geboortedatum: string;
  @Field({ description: 'Straat en huisnummer.' }) @Column() adres: string;
  @Field() @Column() postcode: string;
  @Field() @Column() woonplaats: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) telefoon: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) email: string | null;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
