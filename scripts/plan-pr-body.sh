#!/usr/bin/env bash
# Writes the nightly plan pull request's description to standard output: the report of `ailambda nightly-report`
# (what `pulumi up` will do to the scheduled actions, what changes, the monthly cost before and after, the last week
# replayed under the old and the new plan), the prod preview run on the planned tree, and the planner's own output.
# GitHub cuts a description at 65,536 characters: the preview and the planner output are cut from the front, so that
# their ends (Pulumi's change summary, the plan's totals) stay.
#
# Usage: scripts/plan-pr-body.sh DIR
# DIR holds report.md, preview.txt and plan.txt, each optional. Reads HISTORY_DAYS, HISTORY_LABEL (what was read;
# defaults to ConcurrentExecutions) and RUN_URL from the environment.
set -euo pipefail

if [[ $# -ne 1 ]]; then
  echo "usage: $0 DIR" >&2
  exit 2
fi
dir="$1"
readonly section_limit=24000

# The last $section_limit characters of a file, with a note when something was cut.
tail_of() {
  local file="$1" size
  size="$(wc -c <"$file")"
  if [[ "$size" -gt "$section_limit" ]]; then
    echo "… (the first $((size - section_limit)) characters are cut; the whole output is in the run's log)"
    tail -c "$section_limit" "$file"
  else
    cat "$file"
  fi
}

echo "The planner read the last ${HISTORY_DAYS:-15} days of the prod function's ${HISTORY_LABEL:-\`ConcurrentExecutions\` (Maximum per minute)} and"
echo "rewrote \`ai-lambda-infra:plannedActions\` in \`Pulumi.prod.yaml\` (and \`ai-lambda-infra:plannedStatistic\` where the statistic is the planner's), keeping last night's actions where they still cover"
echo "tonight's forecast. Merging applies it with the next deploy of main, after the \`production\` approval."
echo
if [[ -s "$dir/report.md" ]]; then
  cat "$dir/report.md"
  echo
fi
if [[ -s "$dir/preview.txt" ]]; then
  echo "<details><summary><code>pulumi preview --diff</code> of prod with this plan</summary>"
  echo
  echo '```'
  tail_of "$dir/preview.txt"
  echo '```'
  echo
  echo "</details>"
  echo
fi
if [[ -s "$dir/plan.txt" ]]; then
  echo "<details><summary>Planner output</summary>"
  echo
  echo '```'
  tail_of "$dir/plan.txt"
  echo '```'
  echo
  echo "</details>"
  echo
fi
echo "Run: ${RUN_URL:-(unknown)}"
