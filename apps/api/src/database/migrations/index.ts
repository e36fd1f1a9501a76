import { CreateNetwork1764050000000 } from './1764050000000-CreateNetwork';
import { CreateComplaints1764060000000 } from './1764060000000-CreateComplaints';
import { CreateScoring1764070000000 } from './1764070000000-CreateScoring';
import { CreateEnforcement1764080000000 } from './1764080000000-CreateEnforcement';
import { AddScorecardStanding1764090000000 } from './1764090000000-AddScorecardStanding';
import { ScopeIntakeKeysToLocation1764091000000 } from './1764091000000-ScopeIntakeKeysToLocation';
import { SignInFailures1764092000000 } from './1764092000000-SignInFailures';
import { CreatePlaybooks1764093000000 } from './1764093000000-CreatePlaybooks';
import { CreateApiClients1764094000000 } from './1764094000000-CreateApiClients';
import { CreatePushSubscriptions1764096000000 } from './1764096000000-CreatePushSubscriptions';
import { RecordOrderVolumeSource1764098000000 } from './1764098000000-RecordOrderVolumeSource';
import { BindPushSubscriptionsToSessions1764097000000 } from './1764097000000-BindPushSubscriptionsToSessions';
import { AddComplaintPhotos1764097100000 } from './1764097100000-AddComplaintPhotos';
import { CreateHeadOfficeSettings1764100000000 } from './1764100000000-CreateHeadOfficeSettings';
import { IndexComplaintContacts1764105000000 } from './1764105000000-IndexComplaintContacts';
import { IndexLeagueStanding1764107000000 } from './1764107000000-IndexLeagueStanding';
import { DropScorecardStage1764107100000 } from './1764107100000-DropScorecardStage';
import { CreateWebhooks1764099000000 } from './1764099000000-CreateWebhooks';
import { IndexScoringEventProbes1764103000000 } from './1764103000000-IndexScoringEventProbes';
import { StoreScoringEventTimes1764103100000 } from './1764103100000-StoreScoringEventTimes';
import { KeepStandingScore1764103200000 } from './1764103200000-KeepStandingScore';
import { NumberEnforcementCases1764102000000 } from './1764102000000-NumberEnforcementCases';

/** Every migration, oldest first. Never edit one that has landed; add a new one. */
export const MIGRATIONS = [CreateNetwork1764050000000, CreateComplaints1764060000000, CreateScoring1764070000000, CreateEnforcement1764080000000, AddScorecardStanding1764090000000, ScopeIntakeKeysToLocation1764091000000, SignInFailures1764092000000, CreatePlaybooks1764093000000, CreateApiClients1764094000000, CreatePushSubscriptions1764096000000, BindPushSubscriptionsToSessions1764097000000, AddComplaintPhotos1764097100000, RecordOrderVolumeSource1764098000000, CreateWebhooks1764099000000, CreateHeadOfficeSettings1764100000000, NumberEnforcementCases1764102000000, IndexScoringEventProbes1764103000000, StoreScoringEventTimes1764103100000, KeepStandingScore1764103200000, IndexComplaintContacts1764105000000, IndexLeagueStanding1764107000000, DropScorecardStage1764107100000];
