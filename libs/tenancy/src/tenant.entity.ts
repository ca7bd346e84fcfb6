import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ description: 'Een organisatie die Matchpunt gebruikt voor haar mensen, zoals een sociaal ontwikkelbedrijf.' })
@Entity('tenant')
export class Tenant {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field() @Column() naam: string;
  @Column({ name: 'regio_id', type: 'uuid' }) regioId: string;
}
