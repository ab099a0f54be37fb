// A count of the changes this process has recorded (lib/activity/log.ts counts each write as it is
// logged): a read cache keeps what it read together with this count and forgets it once the count moves.
let changes = 0;

export function noteChange(): void {
  changes += 1;
}

export function changeCount(): number {
  return changes;
}
