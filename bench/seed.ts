// The benchmark data generator: fills a PostgreSQL database with a realistic installation
// (10,000 users, 100,000 goals, 1,000,000 micro-goals, 200,000 check-ins with comments,
// 3,000 active buddy pairings with reviews) plus one heavy user whose pages the HTTP
// benchmark loads (50 goals, 500 micro-goals, 2 buddies, shared goals, a calendar feed).
//
// Usage: node --conditions=react-server --import tsx bench/seed.ts --database-url URL [--seed 42] [--today YYYY-MM-DD] [--reset]
// Prints one JSON line: { seconds, seed, today, counts, heavyUser }.
//
// Speed: every table is filled by one `INSERT ... SELECT FROM generate_series` run inside
// PostgreSQL, so no row crosses the wire. The subqueries that compute a row's hash end with
// `OFFSET 0`, which stops the planner from inlining them into the outer query: otherwise each
// of the dozens of references to the hash bytes recomputes md5 (3x slower). Determinism: ids and every "random" choice come from
// md5(seed:table:row number), never random(); deadlines and timestamps are offsets from
// `--today` (default: today in UTC), so the same seed on the same day gives the same rows
// (some deadlines must fall on the day the benchmark runs).
import { createHash } from "node:crypto";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { openPostgres } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { hashPasswordWithSalt } from "../lib/auth/password";

const { values } = parseArgs({
  options: {
    "database-url": { type: "string" },
    seed: { type: "string", default: "42" },
    today: { type: "string" },
    reset: { type: "boolean", default: false },
  },
});
const databaseUrl = values["database-url"] ?? process.env.DATABASE_URL;
if (!databaseUrl) throw new Error("--database-url or DATABASE_URL is required");
if (!/^\d{1,9}$/.test(values.seed)) throw new Error("--seed must be a non-negative integer");
const today = values.today ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error("--today must be YYYY-MM-DD");

/** The seed as text: every hash below is md5(seed || ':' || table || ':' || row number). */
const s = values.seed;
const USERS = 10_000;
const GOALS = 100_000;
const STEPS_PER_GOAL = 10;
const CHECK_INS = 200_000;
const PAIRINGS = 3_000;
// The heavy user is user 1 and owns goals 1..50; users 2 and 3 are their buddies (pairings 1
// and 2, one on each side so both query paths are exercised). Pairings 3..3000 join users
// 2k and 2k+1. Goals 51..100000 go round-robin to users 2..10000 (about 10 each).
const HEAVY_GOALS = 50;
const HEAVY_EMAIL = "heavy@bench.stepwise.test";
const HEAVY_NAME = "Harper Quinn";
/** The heavy user's goal the benchmark opens: shared, active, due this week, with check-ins and comments. */
const HEAVY_GOAL_NUMBER = 2;
const PASSWORD = `stepwise-bench-${s}`;

const started = performance.now();
const sha256 = (text: string) => createHash("sha256").update(text).digest();
// A feed token has the shape generateToken() makes (32 bytes, base64url); only its sha256 is stored.
const calendarToken = sha256(`stepwise-bench:${s}:calendar`).toString("base64url");
const calendarTokenHash = sha256(calendarToken).toString("hex");
const passwordHash = await hashPasswordWithSalt(PASSWORD, sha256(`stepwise-bench:${s}:salt`).subarray(0, 16));

// Two connections: the largest tables (micro-goals, check-ins) load side by side on 2 cores.
const handle = await openPostgres(databaseUrl, 2);
const db = handle.prisma;

async function step(name: string, work: () => Promise<unknown>): Promise<void> {
  const t = performance.now();
  await work();
  console.error(`[seed] ${name}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
}

try {
  await step("migrate", () => migrate(handle.sql));
  // Ids are md5 hashes shaped as version-4 UUIDs (the app's zod schemas check the version and
  // variant digits). The helper lives in its own schema, dropped at the end.
  await db.$executeRaw`CREATE SCHEMA IF NOT EXISTS bench_seed`;
  await db.$executeRaw`
    CREATE OR REPLACE FUNCTION bench_seed.uuid(hex text) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT overlay(overlay(hex PLACING '4' FROM 13) PLACING '8' FROM 17)::uuid $$`;
  const [existing] = await db.$queryRaw<{ users: bigint }[]>`SELECT count(*) AS users FROM "User"`;
  const users = existing?.users ?? 0n;
  if (users > 0n) {
    if (!values.reset) throw new Error(`The database already has ${users} users; pass --reset to empty it first`);
    await step("reset", () => db.$executeRaw`TRUNCATE "User", "RateLimit", "EmailDelivery" CASCADE`);
  }

  await step(
    "users",
    () => db.$executeRaw`
    INSERT INTO "User" ("id", "email", "name", "passwordHash", "emailVerifiedAt", "timeZone", "calendarTokenHash",
      "reminderOffsetsDays", "reminderHour", "weeklyDigestEnabled", "buddyActivityEmailsEnabled", "createdAt", "updatedAt")
    SELECT bench_seed.uuid(q.m),
      CASE WHEN q.i = 1 THEN ${HEAVY_EMAIL} ELSE 'user' || q.i || '@bench.stepwise.test' END,
      CASE WHEN q.i = 1 THEN ${HEAVY_NAME} ELSE
        (ARRAY['Ada','Ben','Chloe','Dev','Elena','Farid','Grace','Hiro','Ines','Jonas','Kemi','Liam','Maya','Noah','Olga','Priya',
               'Quentin','Rosa','Sam','Tariq','Uma','Victor','Wen','Xavier','Yara','Zoe','Amir','Bea','Carlos','Dina'])[1 + get_byte(q.b, 0) % 30]
        || ' ' ||
        (ARRAY['Adams','Berg','Costa','Dubois','Evans','Fischer','Garcia','Hansen','Ito','Jensen','Kowalski','Lopez','Meyer','Nakamura',
               'Okafor','Petrov','Quinn','Rossi','Singh','Tanaka','Usman','Varga','Weber','Xu','Yilmaz','Zhang'])[1 + get_byte(q.b, 1) % 26]
      END,
      -- About one person in ten only ever signs in with a magic link.
      CASE WHEN q.i > 3 AND get_byte(q.b, 2) % 10 = 0 THEN NULL ELSE ${passwordHash} END,
      -- A few never confirmed their address (never paired people, so every pairing is reachable).
      CASE WHEN q.i > 2 * ${PAIRINGS}::int + 1 AND get_byte(q.b, 3) % 50 = 0 THEN NULL ELSE q.created + interval '7 minutes' END,
      CASE WHEN q.i = 1 THEN 'Europe/London' ELSE
        (ARRAY['Europe/London','Europe/Berlin','Europe/Paris','America/New_York','America/Chicago','America/Los_Angeles',
               'America/Sao_Paulo','Asia/Tokyo','Asia/Kolkata','Asia/Singapore','Australia/Sydney','Africa/Lagos','UTC'])[1 + get_byte(q.b, 4) % 13]
      END,
      CASE WHEN q.i = 1 THEN ${calendarTokenHash}
           WHEN get_byte(q.b, 5) % 10 = 0 THEN encode(sha256(convert_to(${s} || ':calendar:' || q.i, 'UTF8')), 'hex') END,
      CASE get_byte(q.b, 6) % 8 WHEN 0 THEN '{7,1}'::int[] WHEN 1 THEN '{3,0}'::int[] ELSE '{14,7,1,0}'::int[] END,
      7 + get_byte(q.b, 7) % 4,
      q.i > 1 AND get_byte(q.b, 8) % 10 = 0,
      get_byte(q.b, 9) % 8 <> 0,
      q.created, q.created + interval '1 day'
    FROM (
      SELECT i, h.m, decode(h.m, 'hex') AS b,
        (${today}::date - (400 + (get_byte(decode(h.m, 'hex'), 10) * 256 + get_byte(decode(h.m, 'hex'), 11)) % 700))::timestamp AT TIME ZONE 'UTC'
          + get_byte(decode(h.m, 'hex'), 12) * interval '5 minutes' AS created
      FROM generate_series(1, ${USERS}::int) AS i
      CROSS JOIN LATERAL (SELECT md5(${s} || ':user:' || i) AS m) AS h
      OFFSET 0
    ) AS q`,
  );

  await step(
    "goals",
    () => db.$executeRaw`
    INSERT INTO "Goal" ("id", "ownerId", "title", "category", "horizonYears", "specific", "measure", "baselineValue", "targetValue",
      "currentValue", "measureUnit", "attainable", "relevant", "deadline", "visibility", "status", "achievedAt", "droppedAt", "reward",
      "reflectionHard", "reflectionEasy", "reflectionHelpers", "reflectionDifferently", "createdAt", "updatedAt")
    SELECT bench_seed.uuid(r.m), bench_seed.uuid(md5(${s} || ':user:' || r.owner_n)), r.title, r.category::"GoalCategory", r.horizon,
      'I will ' || lower(left(r.title, 1)) || substr(r.title, 2) || ', working on it '
        || (ARRAY['two evenings a week', 'every Friday morning', 'one weekend a month', 'thirty minutes a day'])[1 + get_byte(r.b, 12) % 4] || '.',
      CASE WHEN r.numeric THEN 'From ' || r.baseline || ' to ' || r.target || ' ' || r.unit
           ELSE (ARRAY['Done when my manager confirms it in writing', 'A certificate or a signed offer', 'Shipped and used by real people'])[1 + get_byte(r.b, 13) % 3] END,
      CASE WHEN r.numeric THEN r.baseline END,
      CASE WHEN r.numeric THEN r.target END,
      CASE WHEN r.numeric THEN r.baseline + round((r.target - r.baseline) * (get_byte(r.b, 14) % 11) / 10.0, 2) END,
      CASE WHEN r.numeric THEN r.unit END,
      (ARRAY['I have done something similar before', 'My manager supports it and I have the budget', 'It is a stretch, but the steps are small'])[1 + get_byte(r.b, 15) % 3],
      (ARRAY['It is what I want my next role to be about', 'It moves me towards leading a team', 'It pays for the freedom I want'])[1 + get_byte(r.b, 16) % 3],
      r.deadline,
      r.visibility::"GoalVisibility", r.status::"GoalStatus",
      CASE WHEN r.status = 'ACHIEVED' THEN LEAST(r.created + interval '120 days', ${today}::date::timestamp AT TIME ZONE 'UTC' - interval '1 day') END,
      CASE WHEN r.status = 'DROPPED' THEN LEAST(r.created + interval '60 days', ${today}::date::timestamp AT TIME ZONE 'UTC' - interval '1 day') END,
      CASE WHEN r.status = 'ACHIEVED' OR get_byte(r.b, 17) % 4 = 0 THEN (ARRAY['A weekend in Lisbon', 'A new road bike', 'Dinner with the team'])[1 + get_byte(r.b, 18) % 3] END,
      CASE WHEN r.status = 'ACHIEVED' THEN 'Finding the time every week' END,
      CASE WHEN r.status = 'ACHIEVED' THEN 'Once I had a plan, the steps were easy' END,
      CASE WHEN r.status = 'ACHIEVED' THEN 'My buddy and my manager' END,
      CASE WHEN r.status = 'ACHIEVED' THEN 'Start sooner and ask for help earlier' END,
      r.created, r.created + interval '2 days'
    FROM (
      SELECT q.*,
        (ARRAY['EARNINGS','KNOWLEDGE','IMPACT','LEADERSHIP','EXPERIENCES','OTHER'])[1 + q.cat] AS category,
        (ARRAY[
          ARRAY['Reach a salary of $120k', 'Negotiate a 15% raise', 'Build a side income of $1,000 a month', 'Double my freelance rate'],
          ARRAY['Earn the AWS Solutions Architect certification', 'Finish a data science course', 'Read 24 books on leadership', 'Learn Spanish to B2'],
          ARRAY['Mentor 5 junior developers', 'Speak at 3 conferences', 'Publish 12 technical articles', 'Launch an open-source library'],
          ARRAY['Lead a team of 8 engineers', 'Become an engineering manager', 'Run the quarterly planning', 'Grow my team to 12 people'],
          ARRAY['Work abroad for a year', 'Join a startup as employee #10', 'Take a three-month sabbatical', 'Move to a product role'],
          ARRAY['Build a network of 200 people', 'Keep a four-day work week', 'Start my own consultancy', 'Run a half marathon']
        ])[1 + q.cat][1 + get_byte(q.b, 3) % 4] AS title,
        (ARRAY['USD', 'books', 'talks', 'people', 'countries', 'contacts'])[1 + q.cat] AS unit,
        CASE WHEN q.cat = 0 THEN 1000 ELSE 1 END * (q.k % 50) AS baseline,
        CASE WHEN q.cat = 0 THEN 1000 ELSE 1 END * (q.k % 50 + 10 + q.k % 40) AS target,
        CASE
          WHEN q.heavy AND q.g % 10 = 9 THEN 'ACHIEVED'
          WHEN q.heavy AND q.g = 48 THEN 'DROPPED'
          WHEN q.heavy THEN 'ACTIVE'
          WHEN get_byte(q.b, 4) % 20 = 0 THEN 'ACHIEVED'
          WHEN get_byte(q.b, 4) % 20 = 1 THEN 'DROPPED'
          ELSE 'ACTIVE' END AS status,
        CASE WHEN (q.owner_n <= 3 AND q.g % 2 = 0) OR (q.owner_n > 3 AND get_byte(q.b, 5) % 10 < 3) THEN 'BUDDIES' ELSE 'PRIVATE' END AS visibility,
        -- Mostly spread over the goal's horizon; a few due today or overdue, and the heavy
        -- user has some in every dashboard group (overdue, today, this week, this month).
        ${today}::date + CASE
          WHEN q.heavy AND q.g % 10 = 0 THEN 0
          WHEN q.heavy AND q.g % 10 = 1 THEN -1 - q.g / 10
          WHEN q.heavy AND q.g % 10 = 2 THEN 1 + q.g % 6
          WHEN q.heavy AND q.g % 10 = 3 THEN 8 + q.g % 20
          WHEN NOT q.heavy AND get_byte(q.b, 6) % 100 = 0 THEN 0
          WHEN NOT q.heavy AND get_byte(q.b, 6) % 100 < 4 THEN -1 - get_byte(q.b, 7) % 60
          WHEN q.horizon = 1 THEN 1 + q.k % 365
          WHEN q.horizon = 5 THEN 365 + q.k % 1461
          ELSE 1826 + q.k % 1826 END AS deadline
      FROM (
        SELECT p.*,
          get_byte(p.b, 0) % 6 AS cat,
          (ARRAY[1, 5, 10])[1 + get_byte(p.b, 1) % 3] AS horizon,
          get_byte(p.b, 2) % 2 = 0 AS numeric,
          get_byte(p.b, 8) * 256 + get_byte(p.b, 9) AS k,
          (${today}::date - (20 + (get_byte(p.b, 10) * 256 + get_byte(p.b, 11)) % 600))::timestamp AT TIME ZONE 'UTC'
            + get_byte(p.b, 11) * interval '4 minutes' AS created
        FROM (
          -- 32 bytes of choices per goal: its md5 and the md5 of that.
          SELECT g, g <= ${HEAVY_GOALS}::int AS heavy, h.m, decode(h.m || md5(h.m), 'hex') AS b,
            CASE WHEN g <= ${HEAVY_GOALS}::int THEN 1 ELSE 2 + (g - ${HEAVY_GOALS}::int - 1) % (${USERS}::int - 1) END AS owner_n
          FROM generate_series(1, ${GOALS}::int) AS g
          CROSS JOIN LATERAL (SELECT md5(${s} || ':goal:' || g) AS m) AS h
          OFFSET 0
        ) AS p
      ) AS q
    ) AS r`,
  );

  await step("pairings and invites", async () => {
    await db.$executeRaw`
      INSERT INTO "BuddyPairing" ("id", "userAId", "userBId", "status", "checkInCadence", "reminderLeadDays", "reviewCadenceMonths",
        "reviewSchedule", "rulesAgreedAt", "startedAt")
      SELECT bench_seed.uuid(q.m), bench_seed.uuid(md5(${s} || ':user:' || q.a)), bench_seed.uuid(md5(${s} || ':user:' || q.b_n)), 'ACTIVE',
        (ARRAY['WEEKLY', 'BIWEEKLY', 'MONTHLY'])[1 + get_byte(q.b, 0) % 3]::"CheckInCadence",
        1 + get_byte(q.b, 1) % 7,
        (ARRAY[1, 3, 6])[1 + get_byte(q.b, 2) % 3],
        (ARRAY['', 'first Tuesday evening', 'last Friday of the quarter', 'Sunday morning video call'])[1 + get_byte(q.b, 3) % 4],
        q.started, q.started
      FROM (
        SELECT k, h.m, decode(h.m, 'hex') AS b,
          CASE k WHEN 1 THEN 1 WHEN 2 THEN 3 ELSE 2 * k END AS a,
          CASE k WHEN 1 THEN 2 WHEN 2 THEN 1 ELSE 2 * k + 1 END AS b_n,
          (${today}::date - (10 + get_byte(decode(h.m, 'hex'), 4) % 300))::timestamp AT TIME ZONE 'UTC' + interval '19 hours' AS started
        FROM generate_series(1, ${PAIRINGS}::int) AS k
        CROSS JOIN LATERAL (SELECT md5(${s} || ':pairing:' || k) AS m) AS h
      ) AS q`;
    // Every pairing began as an accepted invitation.
    await db.$executeRaw`
      INSERT INTO "BuddyInvite" ("id", "inviterId", "email", "message", "tokenHash", "expiresAt", "lastSentAt", "acceptedAt", "acceptedById", "createdAt")
      SELECT bench_seed.uuid(md5(${s} || ':invite:' || bp."id")), bp."userAId", ub."email", 'Want to keep each other on track this year?',
        encode(sha256(convert_to(${s} || ':invite:' || bp."id", 'UTF8')), 'hex'),
        bp."startedAt" + interval '6 days', bp."startedAt" - interval '1 day', bp."startedAt", bp."userBId", bp."startedAt" - interval '1 day'
      FROM "BuddyPairing" AS bp JOIN "User" AS ub ON ub."id" = bp."userBId"`;
  });

  // Micro-goals and check-ins only depend on goals: load them side by side.
  await Promise.all([
    step(
      "micro-goals",
      () => db.$executeRaw`
      INSERT INTO "MicroGoal" ("id", "goalId", "title", "actionPlan", "deadline", "position", "doneAt", "createdAt", "updatedAt")
      SELECT bench_seed.uuid(r.m), r.goal_id,
        (ARRAY['Draft the plan', 'Book a meeting with my manager', 'Finish the first module', 'Ask two people for feedback', 'Write the outline',
               'Sign up for the course', 'Update my CV', 'Practise the talk', 'Send three applications', 'Review progress with my buddy',
               'Read the first two chapters', 'Set up the project', 'Publish the first draft', 'Schedule coffee chats', 'Pass the practice exam',
               'Collect the numbers', 'Present to the team', 'Agree the budget', 'Find a mentor', 'Celebrate the milestone'])[1 + get_byte(r.b, 0) % 20],
        CASE WHEN get_byte(r.b, 1) % 10 < 3 THEN '' ELSE
          (ARRAY['Block two hours on Tuesday and start with the hardest part.', 'Ask for help early; share the draft on Friday.',
                 'Keep it small: one page, then iterate.'])[1 + get_byte(r.b, 2) % 3] END,
        r.deadline, r.p,
        CASE
          WHEN r.status = 'ACHIEVED' THEN r.achieved - (10 - r.p) * interval '1 day'
          WHEN r.deadline < ${today}::date AND get_byte(r.b, 4) % 5 <> 0 THEN r.deadline::timestamp AT TIME ZONE 'UTC' + interval '17 hours'
          WHEN get_byte(r.b, 4) % 7 = 0 THEN r.created + r.p * interval '1 day'
        END,
        r.created + r.p * interval '1 minute', r.created + r.p * interval '1 minute'
      FROM (
        SELECT h.m, decode(h.m, 'hex') AS b, goal."id" AS goal_id, goal."status"::text AS status, goal."achievedAt" AS achieved,
          goal."createdAt" AS created, p,
          -- Spread between the day the goal was set and its deadline; one step in ten undated.
          CASE WHEN get_byte(decode(h.m, 'hex'), 3) % 10 = 0 THEN NULL
               ELSE goal."createdAt"::date + ((p + 1) * (goal."deadline" - goal."createdAt"::date)) / (${STEPS_PER_GOAL}::int + 1) END AS deadline
        FROM generate_series(1, ${GOALS}::int) AS g
        JOIN "Goal" AS goal ON goal."id" = bench_seed.uuid(md5(${s} || ':goal:' || g))
        CROSS JOIN generate_series(0, ${STEPS_PER_GOAL}::int - 1) AS p
        CROSS JOIN LATERAL (SELECT md5(${s} || ':micro:' || ((g - 1) * ${STEPS_PER_GOAL}::int + p + 1)) AS m) AS h
        OFFSET 0
      ) AS r`,
    ),
    step(
      "check-ins",
      () => db.$executeRaw`
      INSERT INTO "CheckIn" ("id", "goalId", "authorId", "note", "progressValue", "createdAt")
      SELECT bench_seed.uuid(q.m), goal."id", goal."ownerId",
        (ARRAY['Good week: finished the first part.', 'Slow week, but I blocked time for next week.', 'Talked to my manager, she is supportive.',
               'Behind plan; moving one step to next month.', 'Halfway there!', 'Got feedback and reworked the draft.',
               'Missed my slot twice, trying mornings instead.', 'Presented it to the team today.'])[1 + get_byte(q.b, 0) % 8],
        CASE WHEN goal."targetValue" IS NOT NULL
          THEN goal."baselineValue" + round((goal."targetValue" - goal."baselineValue") * (get_byte(q.b, 1) % 11) / 10.0, 2) END,
        GREATEST(goal."createdAt" + interval '1 day',
          ${today}::date::timestamp AT TIME ZONE 'UTC' - (get_byte(q.b, 2) * 256 + get_byte(q.b, 3)) % 365 * interval '1 day'
            - get_byte(q.b, 4) * interval '5 minutes' - interval '1 minute')
      FROM (
        SELECT c, h.m, decode(h.m, 'hex') AS b,
          CASE
            -- The heavy user checks in on each of their goals; their buddies on theirs.
            WHEN c <= 6 * ${HEAVY_GOALS}::int THEN 1 + (c - 1) % ${HEAVY_GOALS}::int
            WHEN c <= 6 * ${HEAVY_GOALS}::int + 300 THEN ${HEAVY_GOALS}::int + 1 + c % 2 + (${USERS}::int - 1) * ((c / 2) % 10)
            ELSE 1 + (get_byte(decode(h.m, 'hex'), 5) * 65536 + get_byte(decode(h.m, 'hex'), 6) * 256 + get_byte(decode(h.m, 'hex'), 7)) % ${GOALS}::int
          END AS g
        FROM generate_series(1, ${CHECK_INS}::int) AS c
        CROSS JOIN LATERAL (SELECT md5(${s} || ':check-in:' || c) AS m) AS h
        OFFSET 0
      ) AS q
      JOIN "Goal" AS goal ON goal."id" = bench_seed.uuid(md5(${s} || ':goal:' || q.g))`,
    ),
  ]);

  await step("comments, notifications and reviews", async () => {
    // On shared goals each buddy reacts to a check-in (a comment or a cheer), and the owner
    // replies to about half of them.
    await db.$executeRaw`
      INSERT INTO "Comment" ("id", "checkInId", "authorId", "kind", "body", "createdAt")
      SELECT bench_seed.uuid(md5(${s} || ':comment:' || x.check_in_id || ':' || x.buddy_id || ':' || n)), x.check_in_id,
        CASE n WHEN 0 THEN x.buddy_id ELSE x.owner_id END,
        CASE WHEN n = 0 AND get_byte(x.b, 0) % 3 = 0 THEN 'CHEER' ELSE 'COMMENT' END::"CommentKind",
        CASE WHEN n = 0 AND get_byte(x.b, 0) % 3 = 0 THEN ''
             WHEN n = 0 THEN (ARRAY['Great progress, keep going!', 'What helped most this week?', 'Want to pair on the next step?', 'Proud of you.'])[1 + get_byte(x.b, 1) % 4]
             ELSE (ARRAY['Thanks, that helps!', 'Yes, let us do Thursday.', 'Honestly, the deadline did.'])[1 + get_byte(x.b, 2) % 3] END,
        LEAST(x.created + (1 + get_byte(x.b, 3) % 47) * interval '1 hour' + n * interval '30 minutes',
              ${today}::date::timestamp AT TIME ZONE 'UTC' - interval '1 second' * (2 - n))
      FROM (
        SELECT ci."id" AS check_in_id, ci."createdAt" AS created, goal."ownerId" AS owner_id, side.buddy_id,
          decode(md5(${s} || ':comment:' || ci."id" || ':' || side.buddy_id), 'hex') AS b
        FROM "CheckIn" AS ci
        JOIN "Goal" AS goal ON goal."id" = ci."goalId" AND goal."visibility" = 'BUDDIES'
        JOIN (
          SELECT "userAId" AS me, "userBId" AS buddy_id FROM "BuddyPairing" WHERE "status" = 'ACTIVE'
          UNION ALL
          SELECT "userBId", "userAId" FROM "BuddyPairing" WHERE "status" = 'ACTIVE'
        ) AS side ON side.me = goal."ownerId"
        OFFSET 0
      ) AS x
      CROSS JOIN generate_series(0, 1) AS n
      WHERE n = 0 OR get_byte(x.b, 4) % 2 = 0`;
    // The owner heard about each buddy reaction in the app; older ones are read.
    await db.$executeRaw`
      INSERT INTO "Notification" ("id", "userId", "kind", "title", "link", "readAt", "createdAt")
      SELECT bench_seed.uuid(md5(${s} || ':notification:' || c."id")), goal."ownerId", CASE c."kind" WHEN 'CHEER' THEN 'cheer' ELSE 'comment' END,
        author."name" || CASE c."kind" WHEN 'CHEER' THEN ' cheered on “' ELSE ' commented on “' END || goal."title" || '”',
        '/goals/' || goal."id",
        CASE WHEN c."createdAt" < ${today}::date::timestamp AT TIME ZONE 'UTC' - interval '14 days' THEN c."createdAt" + interval '3 hours' END,
        c."createdAt"
      FROM "Comment" AS c
      JOIN "CheckIn" AS ci ON ci."id" = c."checkInId"
      JOIN "Goal" AS goal ON goal."id" = ci."goalId"
      JOIN "User" AS author ON author."id" = c."authorId"
      WHERE c."authorId" <> goal."ownerId"`;
    // Every pairing held a review one to three months ago; every other one (and both of the
    // heavy user's) has the next one booked.
    await db.$executeRaw`
      INSERT INTO "ReviewSession" ("id", "pairingId", "scheduledById", "startsAt", "timeZone", "durationMinutes", "status", "notes",
        "notesVersion", "scheduledAt", "completedAt", "completedById", "createdAt", "updatedAt")
      SELECT bench_seed.uuid(md5(${s} || ':review:' || bp."id" || ':' || n)), bp."id", bp."userAId", q.starts, ua."timeZone", 60,
        CASE n WHEN 0 THEN 'COMPLETED' ELSE 'SCHEDULED' END::"ReviewStatus",
        CASE n WHEN 0 THEN 'We kept most goals and moved one deadline. Next time: bring numbers.' ELSE '' END,
        CASE n WHEN 0 THEN 3 ELSE 0 END,
        q.starts - interval '20 days',
        CASE n WHEN 0 THEN q.starts + interval '55 minutes' END,
        CASE n WHEN 0 THEN bp."userAId" END,
        q.starts - interval '20 days', CASE n WHEN 0 THEN q.starts + interval '55 minutes' ELSE q.starts - interval '20 days' END
      FROM "BuddyPairing" AS bp
      JOIN "User" AS ua ON ua."id" = bp."userAId"
      CROSS JOIN generate_series(0, 1) AS n
      CROSS JOIN LATERAL (SELECT decode(md5(${s} || ':review:' || bp."id" || ':' || n), 'hex') AS b) AS h
      CROSS JOIN LATERAL (SELECT ${today}::date::timestamp AT TIME ZONE 'UTC' + interval '18 hours'
        + CASE n WHEN 0 THEN -(30 + get_byte(h.b, 0) % 60) ELSE 7 + get_byte(h.b, 0) % 50 END * interval '1 day' AS starts) AS q
      WHERE n = 0 OR get_byte(decode(md5(${s} || ':pairing:' || bp."id"), 'hex'), 0) % 2 = 0
        OR bp."id" IN (bench_seed.uuid(md5(${s} || ':pairing:1')), bench_seed.uuid(md5(${s} || ':pairing:2')))`;
    // Decisions of those past reviews on both people's shared goals: mostly keep, some adjusted.
    await db.$executeRaw`
      INSERT INTO "ReviewDecision" ("id", "sessionId", "goalId", "decision", "newDeadline", "previousDeadline", "note", "version", "updatedById",
        "createdAt", "updatedAt")
      SELECT bench_seed.uuid(md5(${s} || ':decision:' || rs."id" || ':' || goal."id")), rs."id", goal."id",
        CASE WHEN get_byte(decode(md5(${s} || ':decision:' || rs."id" || ':' || goal."id"), 'hex'), 0) % 4 = 0 THEN 'ADJUST' ELSE 'KEEP' END::"ReviewDecisionKind",
        CASE WHEN get_byte(decode(md5(${s} || ':decision:' || rs."id" || ':' || goal."id"), 'hex'), 0) % 4 = 0 THEN goal."deadline" END,
        CASE WHEN get_byte(decode(md5(${s} || ':decision:' || rs."id" || ':' || goal."id"), 'hex'), 0) % 4 = 0 THEN goal."deadline" - 30 END,
        '', 1, goal."ownerId", rs."startsAt" + interval '20 minutes', rs."startsAt" + interval '20 minutes'
      FROM "ReviewSession" AS rs
      JOIN "BuddyPairing" AS bp ON bp."id" = rs."pairingId"
      JOIN "Goal" AS goal ON goal."ownerId" IN (bp."userAId", bp."userBId") AND goal."visibility" = 'BUDDIES' AND goal."status" = 'ACTIVE'
      WHERE rs."status" = 'COMPLETED'`;
  });

  // Fresh statistics and visibility maps, as autovacuum would have left a live installation.
  await step("vacuum analyze", () => db.$executeRaw`VACUUM ANALYZE`);

  const [counts] = await db.$queryRaw<Record<string, bigint>[]>`
    SELECT (SELECT count(*) FROM "User") AS users, (SELECT count(*) FROM "Goal") AS goals,
      (SELECT count(*) FROM "MicroGoal") AS "microGoals", (SELECT count(*) FROM "CheckIn") AS "checkIns",
      (SELECT count(*) FROM "Comment") AS comments, (SELECT count(*) FROM "Notification") AS notifications,
      (SELECT count(*) FROM "BuddyPairing" WHERE "status" = 'ACTIVE') AS "activePairings",
      (SELECT count(*) FROM "BuddyInvite") AS invites, (SELECT count(*) FROM "ReviewSession") AS "reviewSessions",
      (SELECT count(*) FROM "ReviewDecision") AS "reviewDecisions",
      (SELECT count(*) FROM "Goal" WHERE "deadline" = ${today}::date) AS "goalsDueToday",
      (SELECT count(*) FROM "MicroGoal" WHERE "deadline" = ${today}::date) AS "microGoalsDueToday"`;
  const [heavy] = await db.$queryRaw<{ id: string; name: string; timeZone: string; sessionVersion: number; goals: bigint; microGoals: bigint; goalId: string; goalTitle: string }[]>`
    SELECT u."id", u."name", u."timeZone", u."sessionVersion",
      (SELECT count(*) FROM "Goal" WHERE "ownerId" = u."id") AS goals,
      (SELECT count(*) FROM "MicroGoal" AS mg JOIN "Goal" AS g ON g."id" = mg."goalId" WHERE g."ownerId" = u."id") AS "microGoals",
      goal."id" AS "goalId", goal."title" AS "goalTitle"
    FROM "User" AS u JOIN "Goal" AS goal ON goal."id" = bench_seed.uuid(md5(${s} || ':goal:' || ${HEAVY_GOAL_NUMBER}::int))
    WHERE u."email" = ${HEAVY_EMAIL}`;
  const buddies = await db.$queryRaw<{ pairingId: string; buddyId: string; buddyName: string; sharedGoals: bigint }[]>`
    SELECT bp."id" AS "pairingId", buddy."id" AS "buddyId", buddy."name" AS "buddyName",
      (SELECT count(*) FROM "Goal" WHERE "ownerId" = buddy."id" AND "visibility" = 'BUDDIES' AND "status" <> 'DROPPED') AS "sharedGoals"
    FROM "BuddyPairing" AS bp
    JOIN "User" AS buddy ON buddy."id" = CASE WHEN bp."userAId" = ${heavy?.id}::uuid THEN bp."userBId" ELSE bp."userAId" END
    WHERE bp."status" = 'ACTIVE' AND ${heavy?.id}::uuid IN (bp."userAId", bp."userBId")
    ORDER BY bp."startedAt", bp."id"`;
  if (!heavy || buddies.length !== 2) throw new Error("The heavy user was not generated as expected");
  const [firstBuddy] = buddies;

  console.log(
    JSON.stringify({
      seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
      seed: Number(s),
      today,
      counts: Object.fromEntries(Object.entries(counts ?? {}).map(([key, value]) => [key, Number(value)])),
      heavyUser: {
        id: heavy.id,
        email: HEAVY_EMAIL,
        password: PASSWORD,
        name: heavy.name,
        timeZone: heavy.timeZone,
        sessionVersion: heavy.sessionVersion,
        goals: Number(heavy.goals),
        microGoals: Number(heavy.microGoals),
        goalId: heavy.goalId,
        goalTitle: heavy.goalTitle,
        pairingId: firstBuddy?.pairingId,
        buddyId: firstBuddy?.buddyId,
        buddyName: firstBuddy?.buddyName,
        buddies: buddies.map((buddy) => ({ ...buddy, sharedGoals: Number(buddy.sharedGoals) })),
        calendarToken,
      },
    }),
  );
} finally {
  await db.$executeRaw`DROP SCHEMA IF EXISTS bench_seed CASCADE`.catch(() => {});
  await handle.close();
}
