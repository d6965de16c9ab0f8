#!/usr/bin/env bash
# The project's test command: every test project under tests/, and the Pulumi stack tests wherever the
# Pulumi packages restore: from this machine's NuGet sources, plus the local feed ../shared/pulumi-feed when that
# folder exists beside the repository (added as a source for this run only). Ends with one line
# "N passed, N failed, N skipped"; exits non-zero on any failure, a stack test that fails or does not compile included.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

stack_tests=tests/AiLambdaInfra.Stack.Tests
log=$(mktemp -d)
passed=0 failed=0 skipped=0 status=0

if [ -f handler/fetch-model.sh ]; then
  bash handler/fetch-model.sh || { echo "error: the handler's model could not be fetched (see above); its tests cannot run." >&2; exit 1; }
fi

run_tests() { # $1: test project folder; further arguments go to dotnet test
  local name; name=$(basename "$1")
  echo "== $name"
  dotnet test "$@" --nologo 2>&1 | tee "$log/$name.txt" | grep -E '^\s*(Failed|Passed|Skipped) |error|Failed!|Passed!' || true
  local rc=${PIPESTATUS[0]}
  local counts; counts=$(grep -E '(Passed|Failed)!  - ' "$log/$name.txt" | tail -n 1)
  if [ -z "$counts" ]; then
    echo "error: $name ran no tests (build failure?); its last lines:" >&2
    tail -n 20 "$log/$name.txt" >&2
    status=1; failed=$((failed + 1)); return
  fi
  passed=$((passed + $(sed -E 's/.*Passed: *([0-9]+).*/\1/' <<<"$counts")))
  failed=$((failed + $(sed -E 's/.*Failed: *([0-9]+),.*/\1/' <<<"$counts")))
  skipped=$((skipped + $(sed -E 's/.*Skipped: *([0-9]+).*/\1/' <<<"$counts")))
  if [ "$rc" -ne 0 ]; then
    status=1
    # What failed and why, so that a CI log is enough to act on (a property test prints its seed here).
    grep -E -A8 '^\s*Error Message:' "$log/$name.txt" | head -n 80 || true
  fi
}

for project in tests/*/; do
  project=${project%/}
  [ "$project" = "$stack_tests" ] && continue
  run_tests "$project"
done

# The local feed holds its own builds of the Pulumi packages. NuGet takes a version it has cached before any source,
# so a cached package of the same id and version that differs from the feed's is removed first.
feed=../shared/pulumi-feed
restore_args=()
if [ -d "$feed" ]; then
  feed=$(cd "$feed" && pwd)
  restore_args=("-p:RestoreAdditionalProjectSources=$feed")
  cache=$(dotnet nuget locals global-packages --list | sed -E 's/^global-packages: *//')
  for package in "$feed"/*.nupkg; do
    [[ $(basename "$package" .nupkg) =~ ^(.+)\.([0-9]+\.[0-9]+\.[0-9]+)$ ]] || continue
    id=${BASH_REMATCH[1],,} version=${BASH_REMATCH[2]}
    cached="$cache/$id/$version/$id.$version.nupkg"
    if [ -f "$cached" ] && ! cmp -s "$package" "$cached"; then
      echo "Removing the cached $id $version, which differs from the one in $feed."
      rm -rf "${cache:?}/$id/$version"
    fi
  done
fi

if [ -d "$stack_tests" ]; then
  if dotnet restore "$stack_tests" "${restore_args[@]}" >"$log/stack-restore.txt" 2>&1; then
    run_tests "$stack_tests" --no-restore
  elif grep -qE 'NU1101|NU1102|NU1103' "$log/stack-restore.txt" && grep -qiE "package '?pulumi" "$log/stack-restore.txt"; then
    echo "Pulumi stack tests not run: the Pulumi, Pulumi.Aws and Pulumi.Random packages do not restore from this machine's NuGet sources."
  else
    echo "error: the Pulumi stack tests failed to restore for another reason:" >&2
    tail -n 20 "$log/stack-restore.txt" >&2
    status=1
  fi
fi

rm -rf "$log"
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] || status=1
exit $status
