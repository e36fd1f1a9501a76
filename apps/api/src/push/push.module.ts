import { Module } from '@nestjs/common';
import { AppSecrets } from '../database/app-secrets';
import { PushController } from './push.controller';
import { PushRepository } from './push.repository';
import { PushService } from './push.service';

@Module({
  controllers: [PushController],
  providers: [AppSecrets, PushRepository, PushService],
  exports: [PushService],
})
export class PushModule {}
