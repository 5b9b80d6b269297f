#!/usr/bin/env bash
# Draws the agentcost icon (a dollar sign on a cloud over rising bars) with ImageMagick and writes
# every variant the installers and the window need. The outputs are committed; run this again only
# after changing the drawing. Needs ImageMagick (convert) and, for the macOS .icns, png2icns from
# Debian's icnsutils (apt-get install imagemagick icnsutils).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
convert=/usr/bin/convert   # by full path: a stand-in `convert` may shadow ImageMagick on PATH
[ -x "$convert" ] || { echo "make-icons: ImageMagick is missing (apt-get install imagemagick)" >&2; exit 1; }
font=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
[ -f "$font" ] || font=DejaVu-Sans-Bold
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Drawn once at 1024 px (coordinates below), scaled down for every size.
"$convert" -size 1024x1024 xc:none \
  -fill '#232F3E' -draw 'roundrectangle 32,32 991,991 180,180' \
  -fill '#5B6E88' -draw 'rectangle 230,790 350,880' -draw 'rectangle 452,720 572,880' -draw 'rectangle 674,650 794,880' \
  -fill white -draw 'circle 360,470 360,310' -draw 'circle 560,400 560,190' -draw 'circle 720,500 720,360' \
  -draw 'roundrectangle 200,420 850,620 100,100' \
  -fill '#FF9900' -font "$font" -pointsize 430 -gravity center -annotate +20-90 '$' \
  "PNG32:$work/agentcost-1024.png"

for s in 16 24 32 48 64 128 256 512; do
  "$convert" "$work/agentcost-1024.png" -filter Lanczos -resize "${s}x${s}" -strip "PNG32:$work/agentcost-$s.png"
done

mkdir -p "$root/packaging/linux" "$root/packaging/windows" "$root/packaging/macos" "$root/src/main/resources/io/agentcost/ui"
cp "$work/agentcost-256.png" "$root/packaging/linux/agentcost.png"              # jpackage --icon on Linux, the .desktop entry
cp "$work/agentcost-256.png" "$root/src/main/resources/io/agentcost/ui/agentcost.png"   # the window icon (stage.getIcons())
cp "$work/agentcost-1024.png" "$here/agentcost-1024.png"                       # the master, for other uses
"$convert" "$work/agentcost-16.png" "$work/agentcost-24.png" "$work/agentcost-32.png" "$work/agentcost-48.png" \
  "$work/agentcost-64.png" "$work/agentcost-128.png" "$work/agentcost-256.png" "$root/packaging/windows/agentcost.ico"
if command -v png2icns >/dev/null 2>&1; then
  # png2icns takes 16, 32, 48, 128, 256, 512 and 1024 px images and picks the icns type from the size
  png2icns "$root/packaging/macos/agentcost.icns" "$work/agentcost-16.png" "$work/agentcost-32.png" "$work/agentcost-48.png" \
    "$work/agentcost-128.png" "$work/agentcost-256.png" "$work/agentcost-512.png" >/dev/null
else
  echo "make-icons: png2icns not found (apt-get install icnsutils); packaging/macos/agentcost.icns not rewritten." >&2
  echo "  On a Mac: iconutil -c icns from an agentcost.iconset of the PNGs above." >&2
fi
echo "make-icons: wrote packaging/{linux,windows,macos}/agentcost.{png,ico,icns} and the window icon"
