#!/usr/bin/env bash
# Writes the last days of a Lambda function's ConcurrentExecutions (Maximum per period) as the JSON that
# `aws cloudwatch get-metric-data` prints: the history `ailambda plan --format cloudwatch-json` reads.
# With --metric invocations it writes the function's Invocations (Sum per period) instead, and the mean
# duration over the window, weighted by invocations, in milliseconds into --mean-duration-out: the history
# `ailambda plan --metric invocations --mean-duration-ms <that>` reads. That history resolves the minute (mean
# concurrency by Little's law, and a model of the within-minute peak), so the planner's replay can tell tracking
# on Average from tracking on Maximum; a per-minute maximum cannot (both statistics see the same datapoint).
#
# Usage: scripts/fetch-concurrency-history.sh --function NAME|ARN --out FILE [--days 15] [--period 60]
#          [--metric concurrency|invocations] [--mean-duration-out FILE]
# Given the function ARN (stack output functionArn), the metric is read in the function's own region;
# given a name, in the AWS CLI's region. Needs the AWS CLI v2 with credentials, jq, and GNU date.
#
# Facts relied on:
# - Lambda emits ConcurrentExecutions for every function, version and alias; read it with Maximum.
#   https://docs.aws.amazon.com/lambda/latest/dg/monitoring-concurrency.html
# - Invocations counts each invocation (read it with Sum); Duration is the time the handler ran, in
#   milliseconds (read it with Average). https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html
# - CloudWatch keeps 60-second data points for 15 days and 300-second ones for 63 days, so the default fetches all
#   the 1-minute data there is (the planner uses the newest 14 days, planner.historyDays); one GetMetricData
#   call returns at most 100,800 data points and pages beyond that (the CLI follows NextToken and
#   concatenates the pages, which the planner accepts).
#   https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetMetricData.html
set -euo pipefail

function_name=""
out_file=""
days=15
period=60
metric=concurrency
duration_file=""

usage() {
  echo "usage: $0 --function NAME|ARN --out FILE [--days 15] [--period 60|300] [--metric concurrency|invocations] [--mean-duration-out FILE]" >&2
  exit 2
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --function) function_name="${2:-}"; shift 2 ;;
    --out) out_file="${2:-}"; shift 2 ;;
    --days) days="${2:-}"; shift 2 ;;
    --period) period="${2:-}"; shift 2 ;;
    --metric) metric="${2:-}"; shift 2 ;;
    --mean-duration-out) duration_file="${2:-}"; shift 2 ;;
    -h|--help) usage ;;
    *) echo "unknown option '$1'." >&2; usage ;;
  esac
done

errors=()
[[ -n "$function_name" ]] || errors+=("\`--function\` is required: the prod function's ARN (pulumi stack output functionArn --stack prod) or name.")
[[ -n "$out_file" ]] || errors+=("\`--out\` is required: the file the metric JSON is written to.")
if [[ ! "$days" =~ ^[1-9][0-9]*$ ]]; then
  errors+=("\`--days\` must be a whole number of days, got '$days'.")
fi
case "$period" in
  60) max_days=15 ;;
  300) max_days=63 ;;
  *) errors+=("\`--period\` must be 60 or 300 seconds, got '$period'."); max_days=0 ;;
esac
if [[ "$days" =~ ^[0-9]+$ && "$max_days" -gt 0 && "$days" -gt "$max_days" ]]; then
  errors+=("\`--days\` must be at most $max_days with a $period-second period (CloudWatch retention), got $days; use --period 300 for up to 63 days.")
fi
case "$metric" in
  concurrency) [[ -z "$duration_file" ]] || errors+=("\`--mean-duration-out\` goes with \`--metric invocations\`; ConcurrentExecutions needs no duration.") ;;
  invocations) [[ -n "$duration_file" ]] || errors+=("\`--metric invocations\` needs \`--mean-duration-out FILE\`: plan turns invocations into concurrency with the mean duration.") ;;
  *) errors+=("\`--metric\` must be concurrency or invocations, got '$metric'.") ;;
esac
if [[ ${#errors[@]} -gt 0 ]]; then
  printf '%s\n' "${errors[@]}" >&2
  exit 2
fi

# arn:aws:lambda:REGION:ACCOUNT:function:NAME[:QUALIFIER]: the metric's dimension is the bare name.
region_args=()
if [[ "$function_name" == arn:* ]]; then
  IFS=: read -r _ _ _ arn_region _ _ arn_name _ <<<"$function_name"
  if [[ -z "$arn_region" || -z "$arn_name" ]]; then
    echo "\`--function\` must be a function name or a Lambda function ARN (arn:aws:lambda:REGION:ACCOUNT:function:NAME), got '$function_name'." >&2
    exit 2
  fi
  function_name="$arn_name"
  region_args=(--region "$arn_region")
fi

# Whole periods only: the end is the last period boundary, so every run asks for complete data points.
end_epoch=$(( $(date -u +%s) / period * period ))
start_epoch=$(( end_epoch - days * 86400 ))
start_time="$(date -u -d "@$start_epoch" +%Y-%m-%dT%H:%M:%SZ)"
end_time="$(date -u -d "@$end_epoch" +%Y-%m-%dT%H:%M:%SZ)"

metric_query() { # $1: id, $2: metric name, $3: statistic
  jq -cn --arg id "$1" --arg name "$2" --arg stat "$3" --arg function "$function_name" --argjson period "$period" '{
    Id: $id,
    MetricStat: {
      Metric: {Namespace: "AWS/Lambda", MetricName: $name, Dimensions: [{Name: "FunctionName", Value: $function}]},
      Period: $period,
      Stat: $stat
    },
    ReturnData: true
  }'
}
if [[ "$metric" == invocations ]]; then
  queries="[$(metric_query invocations Invocations Sum),$(metric_query duration Duration Average)]"
  label=Invocations
else
  queries="[$(metric_query concurrency ConcurrentExecutions Maximum)]"
  label=ConcurrentExecutions
fi

mkdir -p "$(dirname "$out_file")"
raw="$(mktemp)"
trap 'rm -f "$raw"' EXIT
aws cloudwatch get-metric-data "${region_args[@]}" \
  --metric-data-queries "$queries" \
  --start-time "$start_time" \
  --end-time "$end_time" \
  --scan-by TimestampAscending \
  --output json > "$raw"

if [[ "$metric" == invocations ]]; then
  # The history file holds one metric (plan refuses two); the duration becomes one number.
  jq '.MetricDataResults |= map(select(.Id == "invocations"))' "$raw" > "$out_file"
  mean_ms="$(jq -r '
    def pairs($id): [.MetricDataResults[] | select(.Id == $id) | [.Timestamps, .Values] | transpose[]];
    (pairs("duration") | map({(.[0]): .[1]}) | add // {}) as $duration
    | [pairs("invocations")[] | select(.[1] > 0 and $duration[.[0]] != null) | [.[1], $duration[.[0]]]]
    | if length == 0 then "none" else ((map(.[0] * .[1]) | add) / (map(.[0]) | add) * 10 | round / 10 | if . < 1 then 1 else . end) end' "$raw")"
else
  cp "$raw" "$out_file"
fi

points="$(jq '[.MetricDataResults[]?.Values[]?] | length' "$out_file")"
echo "$label of $function_name: $points data points of ${period}s from $start_time to $end_time -> $out_file"
if [[ "$points" -eq 0 ]]; then
  region="${region_args[1]:-${AWS_REGION:-${AWS_DEFAULT_REGION:-$(aws configure get region 2>/dev/null || echo unset)}}}"
  echo "No data points: check the function name and the AWS region ($region), or that the function was invoked in this window." >&2
  exit 1
fi
if [[ "$metric" == invocations ]]; then
  if [[ "$mean_ms" == none ]]; then
    echo "No Duration data point beside an invocation: the mean duration cannot be taken; fetch again, or plan from ConcurrentExecutions (--metric concurrency)." >&2
    exit 1
  fi
  mkdir -p "$(dirname "$duration_file")"
  echo "$mean_ms" > "$duration_file"
  echo "Mean duration, weighted by invocations: $mean_ms ms -> $duration_file"
fi
