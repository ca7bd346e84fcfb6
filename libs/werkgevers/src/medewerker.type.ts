import { Field, ID, ObjectType } from '@nestjs/graphql';

/** A staff member in brief (the accountmanager of a werkgever, the author of a contactmoment). */
@ObjectType({ description: 'Een medewerker in het kort.' })
export class Medewerker {
  @Field(() => ID) id: string;
  @Field() naam: string;
  @Field() email: string;
}
