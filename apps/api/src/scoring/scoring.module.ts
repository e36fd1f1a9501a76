import { Global, Module } from '@nestjs/common';
import { PoliciesRepository } from './policies.repository';
import { PolicySource } from './policy-source';

@Global()
@Module({ providers: [PoliciesRepository, PolicySource], exports: [PolicySource, PoliciesRepository] })
export class ScoringModule {}
