#!/bin/sh
# Renders assets/icon.svg into the PNGs electron-builder uses: assets/icon.png (1024 px; mac and
# Windows icons are converted from it at package time) and assets/icons/NxN.png (Linux wants a
# folder of sizes named by size). The PNGs are committed, so this only runs after editing the SVG.
# Needs rsvg-convert: on Debian/Ubuntu `apt-get install librsvg2-bin`, on macOS `brew install librsvg`.
set -eu
cd "$(dirname "$0")/../assets"
command -v rsvg-convert >/dev/null 2>&1 || {
  echo "rsvg-convert not found: install librsvg2-bin (Debian/Ubuntu) or librsvg (Homebrew)." >&2
  exit 1
}
rsvg-convert --width 1024 --height 1024 icon.svg --output icon.png
mkdir -p icons
for size in 16 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" icon.svg --output "icons/${size}x${size}.png"
done
echo "Wrote assets/icon.png and assets/icons/{16..512}px PNGs."
