#!/usr/bin/env bash
# Renders keysmith.svg to the PNG sizes, the Windows .ico and the macOS .icns used by the app and installers.
# Needs: rsvg-convert (librsvg2-bin), ImageMagick (convert), png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "$0")"
for s in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$s" -h "$s" keysmith.svg -o "keysmith-$s.png"
done
convert keysmith-16.png keysmith-24.png keysmith-32.png keysmith-48.png keysmith-64.png keysmith-256.png keysmith.ico
png2icns keysmith.icns keysmith-16.png keysmith-32.png keysmith-48.png keysmith-128.png keysmith-256.png keysmith-512.png >/dev/null
# window icons on the class path
res=../../src/main/resources/org/keysmith/ui/icons
mkdir -p "$res"
for s in 16 32 48 64 128 256; do cp "keysmith-$s.png" "$res/"; done
