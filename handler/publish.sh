#!/usr/bin/env bash
# Builds the function packages the stack deploys:
#   handler/dist/ai-inference-arm64.zip   (Lambda architecture arm64,  .NET RID linux-arm64)
#   handler/dist/ai-inference-x86_64.zip  (Lambda architecture x86_64, .NET RID linux-x64)
# Framework-dependent (the managed dotnet8 runtime provides .NET), no apphost. Each zip carries the onnxruntime
# native library of its own architecture at its root, where the package's deps.json points the runtime.
# The zips are byte-for-byte reproducible (fixed timestamps, sorted entries), so an unchanged handler shows no
# code change in `pulumi preview`. The package of this machine's architecture is then invoked end to end.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
project="$here/AiLambdaInfra.Handler/AiLambdaInfra.Handler.csproj"
dist="$here/dist"

bash "$here/fetch-model.sh"
mkdir -p "$dist"

# Lambda architecture, .NET runtime identifier, ELF machine that readelf reports for that architecture
targets=(
  "arm64 linux-arm64 AArch64"
  "x86_64 linux-x64 X86-64"
)

for target in "${targets[@]}"; do
  read -r arch rid machine <<<"$target"
  out="$dist/publish-$arch"
  zip_path="$dist/ai-inference-$arch.zip"
  rm -rf "$out" "$zip_path"

  echo "publish: $arch ($rid)"
  dotnet publish "$project" -c Release -r "$rid" --self-contained false -p:UseAppHost=false \
    -p:DebugType=none -p:GenerateDocumentationFile=false -p:ContinuousIntegrationBuild=true \
    -o "$out" --nologo -v quiet

  for required in AiLambdaInfra.Handler.dll AiLambdaInfra.Handler.deps.json AiLambdaInfra.Handler.runtimeconfig.json \
                  libonnxruntime.so model/ch_PP-OCRv4_rec_infer.onnx model/ppocr_keys_v1.txt; do
    if [[ ! -f "$out/$required" ]]; then
      echo "publish: $required is missing from the $arch package; the publish output in $out is incomplete." >&2
      exit 1
    fi
  done
  actual="$(readelf -h "$out/libonnxruntime.so" | sed -n 's/^ *Machine: *//p')"
  if [[ "$actual" != *"$machine"* ]]; then
    echo "publish: libonnxruntime.so in the $arch package is built for '$actual', expected $machine." >&2
    exit 1
  fi

  (
    cd "$out"
    find . -type f -exec chmod 0644 {} + -exec touch -h -d '2000-01-01 00:00:00 UTC' {} +
    find . -type f | sed 's|^\./||' | LC_ALL=C sort | TZ=UTC zip -q -X -D -9 "$zip_path" -@
  )
  rm -rf "$out"
  echo "publish: $zip_path ($(stat -c %s "$zip_path") bytes)"
done

case "$(uname -m)" in
  x86_64) host_arch=x86_64 ;;
  aarch64) host_arch=arm64 ;;
  *) host_arch="" ;;
esac
if [[ -n "$host_arch" ]]; then
  echo "publish: invoking the $host_arch package with handler/samples/request.json"
  dotnet run --project "$here/AiLambdaInfra.Handler.Bench" -c Release -- package-invoke \
    --package "$dist/ai-inference-$host_arch.zip" --payload "$here/samples/request.json" >/dev/null
fi
