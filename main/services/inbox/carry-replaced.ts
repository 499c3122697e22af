import { updateDinsosStatus } from '../../db/answer-queries';
import { moveGroundcheck, selectReplacementPairs } from '../../db/replaced-package-queries';
import type { Db } from '../../db/open';

/**
 * When a kelurahan's corrected package replaces its first, Dinsos' work follows each family to the new proposal
 * (same NIK and kind): the groundcheck always, since it records what officers found at the house; the answer only
 * where the meeting decided and asked the same, else the changed request waits for a fresh answer.
 */
export function carryDinsosWork(db: Db, replacedPackage: number, replacingPackage: number): { groundchecks: number; answers: number } {
  let groundchecks = 0;
  let answers = 0;
  for (const pair of selectReplacementPairs(db, replacedPackage, replacingPackage)) {
    if (moveGroundcheck(db, pair.old_id, pair.new_id) > 0) groundchecks++;
    if (pair.dinsos_status !== null && pair.same_request === 1) {
      updateDinsosStatus(db, [pair.new_id], pair.dinsos_status, pair.dinsos_note);
      answers++;
    }
  }
  return { groundchecks, answers };
}
