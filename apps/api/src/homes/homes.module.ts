import { Module } from '@nestjs/common';
import { ScoringModule } from '../scoring/scoring.module';
import { ChartsController } from './charts.controller';
import { ChartsRepository } from './charts.repository';
import { HomesController } from './homes.controller';
import { HomesRepository } from './homes.repository';
import { HomesService } from './homes.service';

@Module({ imports: [ScoringModule], controllers: [HomesController, ChartsController], providers: [HomesRepository, ChartsRepository, HomesService] })
export class HomesModule {}
