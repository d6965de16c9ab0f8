using System.Text.Json;
using AiLambdaInfra.Scaling.History;
using AiLambdaInfra.Scaling.Planning;
using AiLambdaInfra.Scaling.Tuning;

namespace AiLambdaInfra.Cli.Rendering;

/// <summary>
/// The plan as JSON: the actions exactly as written to the stack file, and the timeline the target follows over the
/// horizon (every change of min and max, UTC, the stack's own actions and the planned ones merged as Application Auto
/// Scaling applies them; the backtest replays the same merge), so the plan can be replayed without parsing cron; the
/// forecast; and the self-tuning's frontier.
/// </summary>
internal static class PlanJsonWriter
{
    public static byte[] Render(PlanningResult result, PlanRequest request, PlanCostEstimate? cost, RecommendationTrial? trial = null)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            var p = result.Plan;
            var f = result.Forecast;
            w.WriteStartObject();
            w.WriteString("mode", p.Mode.ToString().ToLowerInvariant());
            w.WriteString("start", IsoTimestamp.Format(p.Start));
            w.WriteString("end", IsoTimestamp.Format(p.End));
            w.WriteString("timezone", request.Timezone);
            w.WriteNumber("peak", p.Peak);
            w.WriteNumber("actionBudget", p.ActionBudget);
            w.WriteStartArray("actions");
            foreach (var a in p.Actions)
            {
                w.WriteStartObject();
                w.WriteString("name", a.Name);
                w.WriteString("schedule", a.Schedule);
                if (a.Timezone is not null) w.WriteString("timezone", a.Timezone);
                if (a.Min is { } min) w.WriteNumber("min", min);
                if (a.Max is { } max) w.WriteNumber("max", max);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("timeline");
            foreach (var c in p.Timeline)
            {
                w.WriteStartObject();
                w.WriteString("at", IsoTimestamp.Format(c.At));
                w.WriteNumber("min", c.Min);
                w.WriteNumber("max", c.Max);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartObject("forecast");
            w.WriteString("start", IsoTimestamp.Format(f.Start));
            w.WriteNumber("stepMinutes", f.Step.TotalMinutes);
            w.WriteNumber("quantile", f.Quantile);
            w.WriteString("seasonality", f.Seasonality.ToString().ToLowerInvariant());
            w.WriteNumber("trendPerDay", Math.Round(f.TrendPerDay, 4));
            w.WriteNumber("patternStrength", Math.Round(f.PatternStrength, 4));
            Numbers(w, "point", f.Point);
            Numbers(w, "upper", f.Upper);
            w.WriteEndObject();
            if (result.Tuning is { } tuning) Tuning(w, tuning);
            if (trial is not null) Trial(w, trial);
            if (cost is not null)
            {
                w.WriteStartObject("monthlyCost");
                w.WriteNumber("planned", Math.Round(cost.Planned.Total, 2));
                w.WriteNumber("maxAllDay", Math.Round(cost.MaxAllDay.Total, 2));
                w.WriteNumber("noProvisioned", Math.Round(cost.OnDemandOnly.Total, 2));
                w.WriteString("region", cost.Prices.Region);
                w.WriteString("architecture", cost.Prices.Architecture);
                w.WriteNumber("provisionedPerGbSecond", cost.Prices.ProvisionedPerGbSecond);
                w.WriteNumber("provisionedDurationPerGbSecond", cost.Prices.ProvisionedDurationPerGbSecond);
                w.WriteNumber("onDemandDurationPerGbSecond", cost.Prices.OnDemandDurationPerGbSecond);
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void Tuning(Utf8JsonWriter w, TuningResult tuning)
    {
        w.WriteStartObject("tuning");
        w.WriteNumber("replayDays", tuning.ReplayDays);
        w.WriteNumber("spillBudgetPercent", tuning.BudgetPercent);
        w.WriteString("rule", tuning.Rule);
        w.WritePropertyName("chosen");
        Score(w, tuning.Chosen, tuning);
        // The recommendation the same rule would take over every writable candidate (see Recommendation.Best), or null.
        w.WritePropertyName("recommended");
        if (Recommendation.Best(tuning) is { } recommended) Score(w, recommended, tuning);
        else w.WriteNullValue();
        foreach (var (name, scores) in new[] { ("candidates", tuning.Candidates), ("awsOnly", tuning.AwsOnly), ("recommendations", tuning.Recommendations) })
        {
            w.WriteStartArray(name);
            foreach (var s in scores) Score(w, s, tuning);
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    /// <summary>
    /// What tonight did with the tracking it tried (the planner's own statistic, or a recommendation with
    /// --apply-recommendations): the keys, whose they are, the points before, measured and after, and whether it was applied.
    /// </summary>
    private static void Trial(Utf8JsonWriter w, RecommendationTrial trial)
    {
        w.WriteStartObject("appliedRecommendation");
        w.WriteBoolean("applied", trial.Taken);
        w.WriteBoolean("plannersOwn", trial.PlannersOwn);
        w.WriteStartObject("keys");
        foreach (var (key, value) in trial.Changes) w.WriteString(trial.KeyName(key), value);
        w.WriteEndObject();
        foreach (var (name, point) in new[] { ("before", trial.Before), ("recommended", trial.Recommended), ("after", trial.After) })
        {
            w.WriteStartObject(name);
            w.WriteString("name", point.Candidate.Name);
            w.WriteNumber("spillPercent", Math.Round(point.SpillPercent, 4));
            w.WriteNumber("costRatio", Math.Round(point.CostRatio, 4));
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    private static void Score(Utf8JsonWriter w, CandidateScore s, TuningResult tuning)
    {
        var c = s.Candidate;
        w.WriteStartObject();
        w.WriteString("name", c.Name);
        w.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(c.Kind.ToString()));
        if (c.Plans) w.WriteNumber("quantile", c.Quantile);
        if (c.OffsetShare > 0) w.WriteNumber("offsetShare", c.OffsetShare);
        if (c.Statistic is not null)
        {
            w.WriteString("statistic", c.Statistic);
            w.WriteNumber("targetUtilization", c.TargetUtilization);
        }
        w.WriteBoolean("writable", c.Writable);
        w.WriteNumber("spillPercent", Math.Round(s.SpillPercent, 4));
        w.WriteNumber("costRatio", Math.Round(s.CostRatio, 4));
        w.WriteBoolean("onFrontier", tuning.Frontier.Contains(s));
        w.WriteEndObject();
    }

    private static void Numbers(Utf8JsonWriter w, string name, double[] values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteNumberValue(Math.Round(v, 3));
        w.WriteEndArray();
    }
}
