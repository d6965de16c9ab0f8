using System.Text;
using static AiLambdaInfra.Scaling.Tests.Settings.StackYaml;

namespace AiLambdaInfra.Scaling.Tests.Settings;

public class ScheduledActionRulesTests
{
    private static string Actions(params string[] items) =>
        "  ai-lambda-infra:scaling:\n    max: 50\n    scheduledActions:\n" + string.Concat(items.Select(i => $"      - {i}\n"));

    [Fact]
    public void WellFormedActions_AreAccepted() => Assert.Empty(Messages(Actions(
        "{ name: open, schedule: \"cron(45 7 ? * MON-FRI *)\", timezone: America/New_York, min: 10, max: 50 }",
        "{ name: once, schedule: \"at(2026-12-24T18:00:00)\", min: 1 }",
        "{ name: pulse, schedule: \"rate(6 hours)\", max: 40, startTime: \"2026-12-01T00:00:00Z\", endTime: \"2027-01-01T00:00:00+01:00\" }",
        "{ name: last-friday, schedule: \"cron(0 9 ? * 6L *)\", min: 4 }",
        "{ name: month-end, schedule: \"cron(0/15 8-18 L * ? 2026-2030)\", min: 4 }")));

    [Fact]
    public void CronWithFiveFields_IsRejected() => AssertOnlyError(Actions("{ name: a, schedule: \"cron(0 8 * * MON-FRI)\", min: 2 }"),
        "`scaling.scheduledActions[0].schedule` must be cron(minutes hours day-of-month month day-of-week year) with 6 fields, got \"cron(0 8 * * MON-FRI)\" with 5.");

    [Fact]
    public void CronWithoutQuestionMark_IsRejected() => AssertOnlyError(Actions("{ name: a, schedule: \"cron(0 8 * * MON-FRI *)\", min: 2 }"),
        "`scaling.scheduledActions[0].schedule` must have ? in exactly one of day-of-month and day-of-week, got \"cron(0 8 * * MON-FRI *)\". For example cron(0 8 ? * MON-FRI *).");

    [Fact]
    public void CronWithTwoQuestionMarks_IsRejected() => AssertOnlyError(Actions("{ name: a, schedule: \"cron(0 8 ? * ? *)\", min: 2 }"),
        "`scaling.scheduledActions[0].schedule` must have ? in exactly one of day-of-month and day-of-week, got \"cron(0 8 ? * ? *)\". For example cron(0 8 ? * MON-FRI *).");

    [Fact]
    public void CronHourOutOfRange_IsRejected() => AssertOnlyError(Actions("{ name: a, schedule: \"cron(0 24 ? * MON *)\", min: 2 }"),
        "`scaling.scheduledActions[0].schedule` has an invalid hours field \"24\" in \"cron(0 24 ? * MON *)\": use 0-23, a list, a range or a step (*/2), as in cron(0 8 ? * MON-FRI *).");

    [Fact]
    public void CronDayOfWeekNotAName_IsRejectedWithTheFormsItTakes() => AssertOnlyError(Actions("{ name: a, schedule: \"cron(0 8 ? * FOO *)\", min: 2 }"),
        "`scaling.scheduledActions[0].schedule` has an invalid day-of-week field \"FOO\" in \"cron(0 8 ? * FOO *)\": use 1-7 or SUN-SAT, ? when day-of-month is set, L, dL (last weekday d) or d#n (n-th weekday d), with lists, ranges and steps, as in cron(0 8 ? * MON-FRI *).");

    [Fact]
    public void RateValueBeyondAnyInteger_BlamesTheValue() => AssertOnlyError(Actions("{ name: a, schedule: \"rate(2147483647 days)\", min: 2 }"),
        "`scaling.scheduledActions[0].schedule` must have a rate value of at most 999999, got \"rate(2147483647 days)\". Use a larger unit, or at(...) for a single time.");

    [Fact]
    public void MalformedAt_IsRejected() => AssertOnlyError(Actions("{ name: a, schedule: \"at(2026-13-01T00:00:00)\", min: 2 }"),
        "`scaling.scheduledActions[0].schedule` must be at(yyyy-mm-ddThh:mm:ss), got \"at(2026-13-01T00:00:00)\".");

    [Fact]
    public void RateWithPluralUnitForOne_IsRejected() => AssertOnlyError(Actions("{ name: a, schedule: \"rate(1 hours)\", min: 2 }"),
        "`scaling.scheduledActions[0].schedule` must use a singular unit for 1 and a plural unit otherwise (rate(1 hour), rate(5 hours)), got \"rate(1 hours)\".");

    [Fact]
    public void UnknownExpressionKind_IsRejected() => AssertOnlyError(Actions("{ name: a, schedule: \"every monday\", min: 2 }"),
        "`scaling.scheduledActions[0].schedule` must be cron(...), at(...) or rate(...), got \"every monday\".");

    [Fact]
    public void UnknownActionTimezone_IsRejected() => AssertOnlyError(Actions("{ name: a, schedule: \"rate(1 day)\", timezone: Eastern, min: 2 }"),
        "`scaling.scheduledActions[0].timezone` must be an IANA time zone such as UTC, Europe/Paris or America/New_York, got \"Eastern\".");

    [Fact]
    public void StartAfterEnd_IsRejected() => AssertOnlyError(
        Actions("{ name: a, schedule: \"rate(1 day)\", min: 2, startTime: \"2026-12-02T00:00:00Z\", endTime: \"2026-12-01T00:00:00Z\" }"),
        "`scaling.scheduledActions[0].startTime` (2026-12-02T00:00:00+00:00) must be before its endTime (2026-12-01T00:00:00+00:00).");

    [Fact]
    public void StartWithoutOffset_IsRejected() => AssertOnlyError(
        Actions("{ name: a, schedule: \"rate(1 day)\", min: 2, startTime: \"2026-12-02T00:00:00\" }"),
        "`scaling.scheduledActions[0].startTime` must be an ISO-8601 time with an offset such as 2026-12-01T08:00:00Z, got \"2026-12-02T00:00:00\".");

    [Fact]
    public void ScheduledMinAboveItsMax_IsRejected() => AssertOnlyError(Actions("{ name: a, schedule: \"rate(1 day)\", min: 20, max: 10 }"),
        "`scaling.scheduledActions[0].min` (20) must not be above its max (10).");

    [Fact]
    public void ActionSettingNeitherMinNorMax_IsRejected() => AssertOnlyError(Actions("{ name: a, schedule: \"rate(1 day)\" }"),
        "`scaling.scheduledActions[0]` must set min, max or both: an action that sets neither changes nothing.");

    [Fact]
    public void ActionMaxAboveStackMax_IsRejected() => AssertOnlyError(Actions("{ name: evening, schedule: \"rate(1 day)\", max: 1000 }"),
        "`scaling.scheduledActions[0].max` of action \"evening\" must be within `scaling.min`..`scaling.max` (1..50), got 1000. Lower it to 50 or less, or raise scaling.max.");

    [Fact]
    public void ActionMinBelowStackMin_IsRejected() => AssertOnlyError(
        "  ai-lambda-infra:scaling:\n    min: 5\n    baseline: 5\n    max: 50\n    scheduledActions:\n      - { name: night, schedule: \"cron(0 22 * * ? *)\", min: 2 }\n",
        "`scaling.scheduledActions[0].min` of action \"night\" must be within `scaling.min`..`scaling.max` (5..50), got 2. Raise it to 5 or more, or lower scaling.min.");

    [Fact]
    public void PlannedActionAboveStackMax_IsRejected() => AssertOnlyError(
        Actions() + "  ai-lambda-infra:plannedActions:\n    - { name: plan-000, schedule: \"at(2026-12-01T08:00:00)\", min: 60 }\n",
        "`plannedActions[0].min` of action \"plan-000\" must be within `scaling.min`..`scaling.max` (1..50), got 60. Lower it to 50 or less, or raise scaling.max.");

    [Fact]
    public void ActionWithoutName_IsRejected() => AssertOnlyError(Actions("{ schedule: \"rate(1 day)\", min: 2 }"),
        "`scaling.scheduledActions[0].name` is required: give the action a name unique on the target, e.g. weekday-morning.");

    [Fact]
    public void ActionNameWithSlash_IsRejected() => AssertOnlyError(Actions("{ name: a/b, schedule: \"rate(1 day)\", min: 2 }"),
        "`scaling.scheduledActions[0].name` must be 1 to 256 characters without ':', '/', '|', control characters or spaces at either end, got \"a/b\".");

    [Fact]
    public void DuplicateNamesAcrossUserAndPlannedActions_AreRejected() => AssertOnlyError(
        Actions("{ name: morning, schedule: \"rate(1 day)\", min: 2 }") +
        "  ai-lambda-infra:plannedActions:\n    - { name: morning, schedule: \"at(2026-12-01T08:00:00)\", min: 3 }\n",
        "`plannedActions[0].name` \"morning\" is already used by `scaling.scheduledActions[0]`: scheduled action names must be unique on the target. Rename one of them.");

    [Fact]
    public void MoreThanTwoHundredActionsOnTheTarget_AreRejected()
    {
        var planned = new StringBuilder("  ai-lambda-infra:plannedActions:\n");
        for (var i = 0; i < 195; i++)
            planned.Append($"    - {{ name: p{i}, schedule: \"at(2026-12-01T08:00:00)\", min: 3 }}\n");
        var user = Actions(Enumerable.Range(0, 6).Select(i => $"{{ name: u{i}, schedule: \"rate(1 day)\", min: 2 }}").ToArray());

        AssertOnlyError(user + planned,
            "The scalable target would have 201 scheduled actions (6 in `scaling.scheduledActions`, 195 in `plannedActions`); AWS allows at most 200 per target. Remove at least 1 entry from `plannedActions` (`ailambda plan` refuses the file until then, and writes them again within `planner.maxActions`: keep that at most 194, the 200 less your 6), or remove actions of your own.");
    }

    [Fact]
    public void TwoHundredThreeUserActions_AreRejectedForWhatTheyAre()
    {
        var user = Actions(Enumerable.Range(0, 203).Select(i => $"{{ name: u{i}, schedule: \"rate(1 day)\", min: 2 }}").ToArray());

        AssertOnlyError(user,
            "`scaling.scheduledActions` holds 203 actions; AWS allows at most 200 per scalable target, and the planner needs at least one of them. Keep at most 199: merge actions with the same capacity into one cron expression, or remove some.");
    }

    [Theory]
    [InlineData("EST", "America/New_York")]
    [InlineData("CET", "Europe/Berlin")]
    public void AbbreviatedTimeZone_IsRejectedWithThePlaceToUse(string zone, string place) =>
        AssertOnlyError(Actions($"{{ name: a, schedule: \"rate(1 day)\", timezone: {zone}, min: 2 }}"),
            $"`scaling.scheduledActions[0].timezone` must be an IANA location zone such as Europe/Paris or America/New_York, or UTC, got \"{zone}\": that is an abbreviation, not a place, and does not follow a place's daylight saving time. Use {place}, or UTC.");

    [Fact]
    public void AliasTimeZone_IsRejectedWithItsCanonicalName() =>
        AssertOnlyError(Actions("{ name: a, schedule: \"rate(1 day)\", timezone: US/Eastern, min: 2 }"),
            "`scaling.scheduledActions[0].timezone` must be a canonical IANA zone name, got \"US/Eastern\", an old alias. Use America/New_York.");

    [Fact]
    public void FixedOffsetTimeZone_IsRejected() =>
        AssertOnlyError(Actions("{ name: a, schedule: \"rate(1 day)\", timezone: Etc/GMT+5, min: 2 }"),
            "`scaling.scheduledActions[0].timezone` must be an IANA location zone such as Europe/Paris or America/New_York, or UTC, got \"Etc/GMT+5\", a fixed offset that follows no place's daylight saving time. Use the zone of the place whose clock the schedule follows, or UTC.");

    [Fact]
    public void AtBeyondCronYears_IsRejected() => AssertOnlyError(Actions("{ name: a, schedule: \"at(9999-12-31T23:59:59)\", min: 2 }"),
        "`scaling.scheduledActions[0].schedule` must name a year from 1970 to 2199, as cron's year field does, got \"at(9999-12-31T23:59:59)\".");

    [Fact]
    public void DayOfMonthLastForm_IsRejected() => AssertOnlyError(Actions("{ name: a, schedule: \"cron(0 8 5L * ? *)\", min: 2 }"),
        "`scaling.scheduledActions[0].schedule` has an invalid day-of-month field \"5L\" in \"cron(0 8 5L * ? *)\": use 1-31, ? when day-of-week is set, L (last day), LW or nW (nearest weekday), with lists, ranges and steps, as in cron(0 8 ? * MON-FRI *).");
}
