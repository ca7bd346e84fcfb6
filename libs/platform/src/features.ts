import { AanbodskrantModule } from '@matchpunt/aanbodskrant';
import { EventsModule } from '@matchpunt/events';
import { AuthModule } from '@matchpunt/auth';
import { FunctiecreatieModule } from '@matchpunt/functiecreatie';
import { CalculatieModule } from '@matchpunt/calculatie';
import { KandidatenModule } from '@matchpunt/kandidaten';
import { ParametersModule } from '@matchpunt/parameters';
import { PlaatsingenModule } from '@matchpunt/plaatsingen';
import { PsoModule } from '@matchpunt/pso';
import { SroiModule } from '@matchpunt/sroi';
import { MatchingModule } from '@matchpunt/matching';
import { VoorstellenModule } from '@matchpunt/voorstellen';
import { TenancyModule } from '@matchpunt/tenancy';
import { VacaturesModule } from '@matchpunt/vacatures';
import { WerkgeversModule } from '@matchpunt/werkgevers';

/** The feature modules the API serves and the worker runs processors for. */
export const FEATURE_MODULES = [TenancyModule, AuthModule, WerkgeversModule, VacaturesModule, KandidatenModule, PlaatsingenModule, MatchingModule, VoorstellenModule, ParametersModule, CalculatieModule, SroiModule, PsoModule, AanbodskrantModule, FunctiecreatieModule, EventsModule];
