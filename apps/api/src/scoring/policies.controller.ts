import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Policy, Simulation } from '@franscore/domain';
import type { SimulatedLocation } from '@franscore/scoring';
import { actorOf } from '../audit-log/audit-log.service';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { AuthUser } from '../auth/auth-user';
import { IdParamDto } from '../org/org.dto';
import { PoliciesService } from './policies.service';
import { CreatePolicyDto, PublishPolicyDto, SimulatePolicyDto, UpdatePolicyDto } from './scoring.dto';
import { ZodResponse } from 'nestjs-zod';
import { PolicyDto, SimulationDto, SimulationInputDto } from '../openapi/responses.dto';

@ApiTags('policies')
@Controller('policies')
export class PoliciesController {
  constructor(private readonly policies: PoliciesService) {}

  @Get()
  @ZodResponse({ type: [PolicyDto] })
  list(@CurrentUser() user: AuthUser): Promise<Policy[]> {
    return this.policies.list(user.role);
  }

  /** The period's facts per location, for simulating a draft in the portal with the shared scoring functions. */
  @Roles('admin', 'auditor')
  @Get('simulation-inputs')
  @ZodResponse({ type: [SimulationInputDto] })
  inputs(@Query() q: SimulatePolicyDto): Promise<SimulatedLocation[]> {
    return this.policies.simulationInputs(q.period);
  }

  @Get(':id')
  @ZodResponse({ type: PolicyDto })
  get(@CurrentUser() user: AuthUser, @Param() p: IdParamDto): Promise<Policy> {
    return this.policies.get(user.role, p.id);
  }

  @Roles('admin')
  @Post()
  @ZodResponse({ type: PolicyDto })
  create(@CurrentUser() user: AuthUser, @Body() body: CreatePolicyDto): Promise<Policy> {
    return this.policies.createDraft(actorOf(user), body);
  }

  @Roles('admin')
  @Patch(':id')
  @ZodResponse({ type: PolicyDto })
  update(@CurrentUser() user: AuthUser, @Param() p: IdParamDto, @Body() body: UpdatePolicyDto): Promise<Policy> {
    return this.policies.updateDraft(actorOf(user), p.id, body);
  }

  @Roles('admin')
  @Post(':id/publish')
  @ZodResponse({ type: PolicyDto })
  publish(@CurrentUser() user: AuthUser, @Param() p: IdParamDto, @Body() body: PublishPolicyDto): Promise<Policy> {
    return this.policies.publish(actorOf(user), p.id, body.effectiveFrom);
  }

  @Roles('admin')
  @Post(':id/simulate')
  @ZodResponse({ type: SimulationDto })
  simulate(@CurrentUser() user: AuthUser, @Param() p: IdParamDto, @Body() body: SimulatePolicyDto): Promise<Simulation> {
    return this.policies.simulate(user.role, p.id, body.period);
  }
}
