using AiLambdaInfra.Scaling.Deployment;
using Pulumi;
using Pulumi.Aws.CloudWatch;
using Pulumi.Aws.CloudWatch.Inputs;

namespace AiLambdaInfra.Components;

/// <summary>
/// The inputs of one metric alarm: its shape as known before deployment, and the name and dimensions that follow the
/// deployed function name.
/// </summary>
internal static class AlarmArguments
{
    public static MetricAlarmArgs For(AlarmDefinition shape, Output<AlarmDefinition> deployed, Output<string> topicArn, InputMap<string> tags)
    {
        var arguments = new MetricAlarmArgs
        {
            Name = deployed.Apply(alarm => alarm.Name),
            AlarmDescription = shape.Description,
            ComparisonOperator = shape.ComparisonOperator,
            Threshold = shape.Threshold,
            EvaluationPeriods = shape.EvaluationPeriods,
            DatapointsToAlarm = shape.DatapointsToAlarm,
            TreatMissingData = shape.TreatMissingData,
            AlarmActions = { topicArn },
            Tags = tags,
        };

        if (shape.NotifiesOk)
        {
            arguments.OkActions.Add(topicArn);
        }

        if (shape.Metric is { } metric)
        {
            arguments.Namespace = metric.Namespace;
            arguments.MetricName = metric.Name;
            arguments.Period = shape.PeriodSeconds;
            arguments.Dimensions = ResourceInputs.Map(deployed.Apply(alarm => alarm.Metric!.Dimensions));
            if (shape.ExtendedStatistic is { } percentile)
            {
                arguments.ExtendedStatistic = percentile;
                if (shape.EvaluateLowSampleCountPercentiles is { } lowSamples)
                {
                    arguments.EvaluateLowSampleCountPercentiles = lowSamples;
                }
            }
            else
            {
                arguments.Statistic = shape.Statistic!;
            }

            return arguments;
        }

        foreach (var (query, index) in shape.Queries.Select((query, index) => (query, index)))
        {
            arguments.MetricQueries.Add(Query(query, shape.PeriodSeconds, deployed.Apply(alarm => alarm.Queries[index].Metric)));
        }

        return arguments;
    }

    private static MetricAlarmMetricQueryArgs Query(AlarmQuery query, int periodSeconds, Output<MetricReference?> deployedMetric)
    {
        var entry = new MetricAlarmMetricQueryArgs { Id = query.Id, ReturnData = query.ReturnData };
        if (query.Label is { } label)
        {
            entry.Label = label;
        }

        if (query.Expression is { } expression)
        {
            entry.Expression = expression;
        }
        else
        {
            entry.Metric = new MetricAlarmMetricQueryMetricArgs
            {
                Namespace = query.Metric!.Namespace,
                MetricName = query.Metric.Name,
                Stat = query.Statistic!,
                Period = periodSeconds,
                Dimensions = ResourceInputs.Map(deployedMetric.Apply(metric => metric!.Dimensions)),
            };
        }

        return entry;
    }
}
