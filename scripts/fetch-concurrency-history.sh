#!/usr/bin/env bash
# Writes the last days of a Lambda function's ConcurrentExecutions (Maximum per period) as the JSON that
# `aws cloudwatch get-metric-data` prints: the history `ailambda plan --format cloudwatch-json` reads.
#
# Usage: scripts/fetch-concurrency-history.sh --function NAME|ARN --out FILE [--days 15] [--period 60]
# Given the function ARN (stack output functionArn), the metric is read in the function's own region;
# given a name, in the AWS CLI's region. Needs the AWS CLI v2 with credentials, jq, and GNU date.
#
# Facts relied on:
# - Lambda emits ConcurrentExecutions for every function, version and alias; read it with Maximum.
#   https://docs.aws.amazon.com/lambda/latest/dg/monitoring-concurrency.html
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

usage() {
  echo "usage: $0 --function NAME|ARN --out FILE [--days 15] [--period 60|300]" >&2
  exit 2
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --function) function_name="${2:-}"; shift 2 ;;
    --out) out_file="${2:-}"; shift 2 ;;
    --days) days="${2:-}"; shift 2 ;;
    --period) period="${2:-}"; shift 2 ;;
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

queries="$(jq -cn --arg function "$function_name" --argjson period "$period" '[{
  Id: "concurrency",
  MetricStat: {
    Metric: {
      Namespace: "AWS/Lambda",
      MetricName: "ConcurrentExecutions",
      Dimensions: [{Name: "FunctionName", Value: $function}]
    },
    Period: $period,
    Stat: "Maximum"
  },
  ReturnData: true
}]')"

mkdir -p "$(dirname "$out_file")"
aws cloudwatch get-metric-data "${region_args[@]}" \
  --metric-data-queries "$queries" \
  --start-time "$start_time" \
  --end-time "$end_time" \
  --scan-by TimestampAscending \
  --output json > "$out_file"

points="$(jq '[.MetricDataResults[]?.Values[]?] | length' "$out_file")"
echo "ConcurrentExecutions of $function_name: $points data points of ${period}s from $start_time to $end_time -> $out_file"
if [[ "$points" -eq 0 ]]; then
  region="${region_args[1]:-${AWS_REGION:-${AWS_DEFAULT_REGION:-$(aws configure get region 2>/dev/null || echo unset)}}}"
  echo "No data points: check the function name and the AWS region ($region), or that the function was invoked in this window." >&2
  exit 1
fi
