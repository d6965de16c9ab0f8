#!/usr/bin/env bash
# Runs `pulumi preview --diff` of one stack on the working tree as it is (the nightly job calls it after `ailambda
# plan` has rewritten the stack file and before the tree is committed elsewhere), and writes what it prints to a file
# for the pull request description. Exits with pulumi's status, after the file is written.
#
# Usage: scripts/preview-plan.sh STACK OUT_FILE
# Needs the Pulumi CLI on PATH and the backend settings in the environment: PULUMI_BACKEND_URL (empty for Pulumi
# Cloud with PULUMI_ACCESS_TOKEN), PULUMI_CONFIG_PASSPHRASE for a passphrase secrets provider.
set -euo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: $0 STACK OUT_FILE" >&2
  exit 2
fi
stack="$1"
out_file="$2"

if [[ -n "${PULUMI_BACKEND_URL:-}" ]]; then
  pulumi login --non-interactive "$PULUMI_BACKEND_URL" >/dev/null
else
  pulumi login --non-interactive >/dev/null
fi

status=0
pulumi preview --stack "$stack" --diff --non-interactive --suppress-progress --color never >"$out_file" 2>&1 || status=$?
cat "$out_file"
if [[ "$status" -ne 0 ]]; then
  echo "pulumi preview of $stack failed with exit status $status; its output is above." >&2
fi
exit "$status"
