import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Rol } from '@matchpunt/common';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

registerEnumType(Rol, { name: 'Rol' });

@ObjectType('Gebruiker')
@Entity('app_user')
export class User {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'tenant_id', type: 'uuid' }) tenantId: string;
  @Field() @Column() email: string;
  @Field() @Column() naam: string;
  @Field(() => Rol) @Column({ type: 'text' }) rol: Rol;
  @Field(() => ID, { nullable: true }) @Column({ name: 'werkgever_id', type: 'uuid', nullable: true }) werkgeverId: string | null;
  @Column({ name: 'password_hash' }) passwordHash: string;
  @Column({ name: 'locked_at', type: 'timestamptz', nullable: true }) lockedAt: Date | null;
  @Column({ name: 'failed_logins', type: 'int' }) failedLogins: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
