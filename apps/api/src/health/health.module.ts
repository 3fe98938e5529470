import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { HealthController } from './health.controller';

@Module({ imports: [CatalogueModule], controllers: [HealthController] })
export class HealthModule {}
