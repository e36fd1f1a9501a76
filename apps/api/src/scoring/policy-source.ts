import { Injectable } from '@nestjs/common';
import { DEFAULT_POLICY_RULES, PolicyRules } from '@franscore/domain';

/**
 * The policy in force. Until policies are published from the portal, the
 * default policy of DOMAIN.md applies.
 */
@Injectable()
export class PolicySource {
  async current(): Promise<PolicyRules> {
    return DEFAULT_POLICY_RULES;
  }
}
