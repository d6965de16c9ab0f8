#!/usr/bin/env bash
# Renders the sample text-line images the README, the bench and the tests use. The PNGs are committed,
# so this only runs when a sample is added or changed. Needs ImageMagick and the DejaVu fonts
# (Debian: apt-get install imagemagick fonts-dejavu-core). Metadata chunks are left out so the output
# is byte-identical from run to run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/lines"

render() { # file font text
  convert -background white -fill black -font "$2" -pointsize 32 label:"$3" \
    -bordercolor white -border 16x10 -colorspace Gray -depth 8 \
    -define png:exclude-chunks=date,time -strip "png:$1"
}

render hello-world.png DejaVu-Sans "Hello World"
render cold-start.png DejaVu-Serif "Cold start 1250 ms"
render invoice.png DejaVu-Sans-Mono "INVOICE 2026-11-28"
render lambda.png DejaVu-Sans-Bold "Provisioned concurrency"

# The same kind of line as a JPEG, and as black text on a transparent background (RGBA PNG), which only
# reads when transparency is flattened onto white: its transparent pixels are black with alpha 0.
convert -background white -fill black -font DejaVu-Sans -pointsize 32 label:"Scan 42 of 100" \
  -bordercolor white -border 16x10 -colorspace Gray -quality 85 -strip jpeg:scan-42.jpg
convert -background none -fill black -font DejaVu-Sans -pointsize 32 label:"Transparent label" \
  -bordercolor none -border 16x10 -define png:exclude-chunks=date,time -strip png32:transparent.png
