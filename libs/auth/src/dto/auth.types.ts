import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Rol } from '@matchpunt/common';
import { IsEmail, IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { User } from '../user.entity';
import { MIN_PASSWORD_LENGTH } from '../password';

@InputType()
export class LoginInput {
  @Field() @IsEmail({}, { message: 'Vul een geldig e-mailadres in.' }) @MaxLength(254) email: string;
  @Field() @IsString() @MaxLength(200) wachtwoord: string;
}

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Kortlevend toegangstoken (JWT) voor de Authorization-header.' }) accessToken: string;
  @Field(() => Int, { description: 'Geldigheid van het toegangstoken in seconden.' }) expiresIn: number;
  @Field({ description: 'Eenmalig te gebruiken token om een nieuw toegangstoken te krijgen.' }) refreshToken: string;
  @Field(() => User) gebruiker: User;
}

@InputType()
export class NieuwWachtwoordInput {
  @Field() @IsString() @MaxLength(200) token: string;
  @Field()
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, { message: `Het wachtwoord moet minstens ${MIN_PASSWORD_LENGTH} tekens hebben.` })
  @MaxLength(200)
  wachtwoord: string;
}

@InputType()
export class GebruikerInput {
  @Field() @IsEmail({}, { message: 'Vul een geldig e-mailadres in.' }) @MaxLength(254) email: string;
  @Field() @IsString() @MinLength(2) @MaxLength(200) naam: string;
  @Field(() => Rol) @IsEnum(Rol) rol: Rol;
  @Field({ nullable: true, description: 'Verplicht voor rol WERKGEVER.' }) @IsOptional() @IsUUID() werkgeverId?: string;
}
