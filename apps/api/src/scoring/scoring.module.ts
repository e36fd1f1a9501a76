import { Global, Module } from '@nestjs/common';
import { PolicySource } from './policy-source';

@Global()
@Module({ providers: [PolicySource], exports: [PolicySource] })
export class ScoringModule {}
