using AiLambdaInfra.Scaling.Aws;
using AiLambdaInfra.Scaling.Forecasting;
using AiLambdaInfra.Scaling.Planning;
using NodaTime;

namespace AiLambdaInfra.Scaling.Tests.Planning;

/// <summary>Forecasts built by hand and the invariants every plan must keep.</summary>
internal static class PlanAssertions
{
    public static readonly Instant Start = Instant.FromUtc(2026, 11, 30, 0, 0);
    public static readonly Duration SlotLength = Duration.FromMinutes(5);

    /// <summary>A forecast whose upper band is <paramref name="upper"/> (one value per 5 minutes) and point forecast 80 % of it.</summary>
    public static Forecast Forecast(double[] upper, Instant? start = null, bool weeklyPattern = false) =>
        new(start ?? Start, SlotLength, upper.Select(u => u * 0.8).ToArray(), upper, 0.9) { HasWeeklyPattern = weeklyPattern };

    /// <summary>An upper band of <paramref name="slots"/> slots: <paramref name="before"/> until slot <paramref name="at"/>, then <paramref name="after"/>.</summary>
    public static double[] Step(int slots, int at, double before, double after) =>
        Enumerable.Range(0, slots).Select(i => i < at ? before : after).ToArray();

    /// <summary>
    /// The plan's promises: at most the allowed actions; a timeline whose changes are strictly increasing in time, within
    /// the stack's [min, max], min ≤ max; and at every minute a scheduled min at least what the upper forecast requires
    /// from that minute to the lead time after it (so every rise is in place early).
    /// </summary>
    public static void Invariants(CapacityPlan plan, PlanRequest request)
    {
        var budget = Math.Min(request.MaxActions, AwsLimits.MaxScheduledActionsPerTarget - request.UserActionsOnTarget);
        Assert.True(plan.Actions.Count <= budget, $"{plan.Actions.Count} actions, budget {budget}");
        Assert.Equal(plan.Actions.Count, plan.Actions.Select(a => a.Name).Distinct().Count());
        Assert.All(plan.Actions, a => Assert.InRange(a.Name.Length, 1, AwsLimits.MaxScheduledActionNameLength));

        Assert.Equal(plan.Start, plan.Timeline[0].At);
        for (var i = 1; i < plan.Timeline.Count; i++)
            Assert.True(plan.Timeline[i].At > plan.Timeline[i - 1].At, $"timeline not increasing at {i}");
        Assert.All(plan.Timeline, c =>
        {
            Assert.InRange(c.Min, request.Min, request.Max);
            Assert.InRange(c.Max, c.Min, request.Max);
        });

        var firings = ScheduleExpander.Firings(plan.Actions, request.Timezone, plan.Start, plan.End);
        for (var i = 1; i < firings.Count; i++)
            Assert.True(firings[i].At > firings[i - 1].At, $"two actions run at {firings[i].At}");

        var minutes = (int)(plan.End - plan.Start).TotalMinutes;
        var change = 0;
        for (var m = 0; m < minutes; m++)
        {
            var t = plan.Start + Duration.FromMinutes(m);
            while (change + 1 < plan.Timeline.Count && plan.Timeline[change + 1].At <= t) change++;
            var min = plan.Timeline[change].Min;
            for (var u = m; u <= Math.Min(minutes - 1, m + request.LeadMinutes); u++)
            {
                var needed = plan.Required.At(plan.Start + Duration.FromMinutes(u));
                if (min < needed)
                    Assert.Fail($"at {t} the scheduled min is {min} but {plan.Start + Duration.FromMinutes(u)} needs {needed}");
            }
        }
    }
}
