using AiLambdaInfra.Scaling.Nightly;
using NodaTime;
using static AiLambdaInfra.Scaling.Tests.Nightly.NightlyActions;

namespace AiLambdaInfra.Scaling.Tests.Nightly;

public class StableNamesTests
{
    // Monday 2026-11-30 04:00 New York: a week from a night's run.
    private static readonly PlanPeriod Week = new(Instant.FromUtc(2026, 11, 30, 9, 0), Duration.FromDays(7), true, Zone);

    [Fact]
    public void KeptAction_KeepsItsName()
    {
        var previous = Weekly("planned-007", 1, 8, 0, 20);

        var named = StableNames.Assign([new StabilizedAction(previous, KeepsName: true)], [previous], [], Week);

        Assert.Equal(previous, Assert.Single(named));
    }

    [Fact]
    public void ReplannedSlot_TakesTheFreeNameNearestInTime()
    {
        var previous = new[] { Weekly("planned-001", 1, 8, 0, 20), Weekly("planned-002", 3, 8, 0, 20) };
        var tonight = new StabilizedAction(Weekly("planned-wed-0815", 3, 8, 15, 24), KeepsName: false);

        var named = StableNames.Assign([tonight], previous, [], Week);

        Assert.Equal("planned-002", Assert.Single(named).Name);
    }

    [Fact]
    public void MoreActionsThanLastNight_CreateTheLowestNumbersNoActionUses()
    {
        var previous = new[] { Weekly("planned-002", 1, 8, 0, 20) };
        var tonight = new[]
        {
            new StabilizedAction(previous[0], KeepsName: true),
            new StabilizedAction(Weekly("x", 2, 8, 0, 20), KeepsName: false),
            new StabilizedAction(Weekly("y", 3, 8, 0, 20), KeepsName: false),
        };

        var named = StableNames.Assign(tonight, previous, ["planned-001"], Week);

        Assert.Equal(["planned-002", "planned-003", "planned-004"], named.Select(a => a.Name));
    }

    [Fact]
    public void NameOfAnExpiredOneOffAction_IsReused()
    {
        var expired = At("planned-001", "2026-11-29T10:00:00", 12);
        var tonight = new StabilizedAction(At("fresh", "2026-12-01T10:00:00", 14), KeepsName: false);

        var named = StableNames.Assign([tonight], [expired], [], Week with { Cyclic = false, Length = Duration.FromHours(48) });

        Assert.Equal("planned-001", Assert.Single(named).Name);
    }

    [Fact]
    public void NameOfAHandWrittenRateAction_IsFreedForTonight()
    {
        var edited = Weekly("planned-001", 1, 8, 0, 20) with { Schedule = "rate(1 hour)" };
        var tonight = new StabilizedAction(Weekly("fresh", 1, 8, 0, 22), KeepsName: false);

        var named = StableNames.Assign([tonight], [edited], [], Week);

        Assert.Equal("planned-001", Assert.Single(named).Name);
    }
}
