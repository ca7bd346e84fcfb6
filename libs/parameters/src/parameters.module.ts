import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ParameterService } from './parameter.service';
import { ParameterSetRij } from './parameter-set.entity';
import { ParameterSetResolver } from './parameter-set.resolver';

@Module({
  imports: [TypeOrmModule.forFeature([ParameterSetRij])],
  providers: [ParameterService, ParameterSetResolver],
  exports: [ParameterService],
})
export class ParametersModule {}
