#!/usr/bin/env bash
# Builds agentcost as an installable application with the JDK's jlink and jpackage: a self-contained
# app image (its own runtime with JavaFX, the example scenarios and the price snapshot) and the
# installer of this platform. Needs a JDK 17+ with jpackage and jmods; no JavaFX SDK (Maven brings
# JavaFX's modular jars, which jlink takes instead of jmods).
#
#   packaging/build-image.sh                 app image + this platform's installer (Linux: .deb,
#                                            Windows: .msi, macOS: .dmg)
#   packaging/build-image.sh --image-only    app image only
#   packaging/build-image.sh --type exe      app image + the installer types named (repeatable; deb on
#                                            Linux, msi or exe on Windows, dmg or pkg on macOS)
#   packaging/build-image.sh --no-maven      use target/agentcost.jar and target/classpath.txt as they
#                                            are (the `package` Maven profile calls it so)
#
# Output under target/packaging/: image/agentcost (Linux, Windows) or image/agentcost.app (macOS),
# installers/*. Environment: JAVA_HOME picks the JDK (else the one running javac on PATH);
# APP_VERSION overrides the numeric version taken from the pom.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
started=$SECONDS

types=""
image_only=false
maven=true
while [ $# -gt 0 ]; do
  case "$1" in
    --type) types="$types ${2:?--type needs a value}"; shift 2 ;;
    --image-only) image_only=true; shift ;;
    --no-maven) maven=false; shift ;;
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build-image: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done

case "$(uname -s)" in
  Linux*) os=linux; icon=packaging/linux/agentcost.png; default_type=deb ;;
  Darwin*) os=macos; icon=packaging/macos/agentcost.icns; default_type=dmg ;;
  MINGW*|MSYS*|CYGWIN*) os=windows; icon=packaging/windows/agentcost.ico; default_type=msi ;;
  *) echo "build-image: unsupported platform $(uname -s)" >&2; exit 1 ;;
esac
$image_only && types=""
[ -n "$types" ] || $image_only || types=$default_type
if [ "$os" = windows ]; then pathsep=';'; exe=.exe; else pathsep=':'; exe=; fi

# The JDK: its jlink and jmods must match, and jpackage must come from the same JDK.
jdk="${JAVA_HOME:-}"
if [ -z "$jdk" ] || [ ! -x "$jdk/bin/jpackage$exe" ]; then
  javac_path="$(command -v javac || true)"
  [ -n "$javac_path" ] || { echo "build-image: no JDK found: set JAVA_HOME to a JDK 17+ with jpackage" >&2; exit 1; }
  jdk="$(cd "$(dirname "$(readlink -f "$javac_path" 2>/dev/null || echo "$javac_path")")/.." && pwd)"
fi
for tool in jlink jpackage jdeps java; do
  [ -x "$jdk/bin/$tool$exe" ] || { echo "build-image: $jdk has no bin/$tool: set JAVA_HOME to a full JDK 17+" >&2; exit 1; }
done
jdk_major="$("$jdk/bin/java$exe" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | tr -d '\r')"
if [ -d "$jdk/jmods" ]; then
  jdk_modules="$jdk/jmods"
elif [ "${jdk_major%%.*}" -ge 24 ]; then
  jdk_modules=""   # JDK 24+ without jmods can link from its own run-time image (JEP 493)
else
  echo "build-image: $jdk has no jmods/ (Debian: apt-get install openjdk-17-jmods, or use another JDK)" >&2; exit 1
fi
echo "build-image: JDK $jdk_major at $jdk"

if $maven; then
  echo "build-image: mvn -DskipTests package"
  mkdir -p target
  if ! mvn -q -B -DskipTests package > target/build-image-mvn.log 2>&1; then
    cat target/build-image-mvn.log >&2
    echo "build-image: the Maven build failed" >&2; exit 1
  fi
fi
[ -f target/agentcost.jar ] && [ -f target/classpath.txt ] || {
  echo "build-image: target/agentcost.jar or target/classpath.txt missing: run mvn -DskipTests package" >&2; exit 1; }

# Name, version and description from the pom (its first <version> and <description> are the project's).
pom_version="$(awk -F'[<>]' '/<version>/ { print $3; exit }' pom.xml)"
description="$(awk -F'[<>]' '/<description>/ { print $3; exit }' pom.xml)"
version="${APP_VERSION:-${pom_version%%-*}}"   # jpackage needs a numeric version: 0.1.0-SNAPSHOT -> 0.1.0
if ! echo "$version" | grep -Eq '^[0-9]+(\.[0-9]+){0,2}$'; then
  echo "build-image: version '$version' is not numeric (1 to 3 numbers): set APP_VERSION" >&2; exit 1
fi
if [ "$os" = macos ] && [ "${version%%.*}" = 0 ]; then
  # jpackage on macOS refuses a CFBundleVersion starting with 0; do not invent one silently.
  echo "build-image: jpackage on macOS needs a version of 1.0 or more, the pom says $pom_version." >&2
  echo "  Build with an explicit bundle version, e.g.: APP_VERSION=1.0.0 packaging/build-image.sh" >&2
  exit 1
fi

out=target/packaging
rm -rf "$out"
mkdir -p "$out/jars" "$out/javafx" "$out/input" "$out/image" "$out/installers"

# The run-time class path, split: JavaFX's platform jars (javafx-controls-21.0.12-linux.jar) go into
# the runtime as modules, its empty per-artifact jars (javafx-controls-21.0.12.jar) are dropped, the
# rest stays on the class path as with ./agentcost.
if grep -q ';' target/classpath.txt; then cpsep=';'; else cpsep=':'; fi
fx_modules=""
while IFS= read -r jar || [ -n "$jar" ]; do
  [ -n "$jar" ] || continue
  name="$(basename "${jar//\\//}")"
  case "$jar" in
    *org/openjfx/*|*org\\openjfx\\*)
      base="${name%.jar}"
      if [[ "$base" =~ -[0-9][0-9.]*$ ]]; then continue; fi
      cp "$jar" "$out/javafx/"
      artifact="$(echo "$base" | sed -E 's/-[0-9][0-9.]*-.*$//')"   # javafx-controls
      fx_modules="$fx_modules,${artifact//-/.}"                    # javafx.controls
      ;;
    *) cp "$jar" "$out/jars/" ;;
  esac
done < <(tr "$cpsep" '\n' < target/classpath.txt)
cp target/agentcost.jar "$out/jars/"
[ -n "$fx_modules" ] || { echo "build-image: no JavaFX platform jars in target/classpath.txt" >&2; exit 1; }

# The JDK modules the jars use, plus TLS elliptic curves (the AWS Price List over HTTPS; a separate
# module up to JDK 21) and locale data (number and date formats in the user's language).
jdk_deps="$("$jdk/bin/jdeps$exe" --multi-release "${jdk_major%%.*}" --ignore-missing-deps --print-module-deps \
  --module-path "$out/jars$pathsep$out/javafx" --add-modules ALL-MODULE-PATH | tr -d '\r')"
extras=""
available="$("$jdk/bin/java$exe" --list-modules | tr -d '\r' | sed 's/@.*//')"
for m in jdk.crypto.ec jdk.localedata; do
  if echo "$available" | grep -qx "$m"; then extras="$extras,$m"; fi
done
modules="$jdk_deps$extras$fx_modules"
echo "build-image: runtime modules $modules"

if [ "${jdk_major%%.*}" -ge 21 ]; then compress=zip-6; else compress=2; fi
# --generate-cds-archive: the runtime's own class data sharing archive of the JDK classes (a JDK has one,
# a jlinked runtime only with this; decision 0015). It runs the new runtime's java, so the native
# commands are removed afterwards instead of with --strip-native-commands; the archive for heaps over
# 32 GB (no compressed oops) is left out: 11 MB that such a heap would only use to start faster.
"$jdk/bin/jlink$exe" --module-path "${jdk_modules:+$jdk_modules$pathsep}$out/javafx" --add-modules "$modules" \
  --strip-debug --no-header-files --no-man-pages --generate-cds-archive --compress="$compress" \
  --output "$out/runtime"
find "$out/runtime/bin" -maxdepth 1 -type f ! -name '*.dll' -delete
rmdir "$out/runtime/bin" 2>/dev/null || true
find "$out/runtime" -name 'classes_nocoops.jsa' -delete

# The app directory: the jars, the price snapshot and the example scenarios (not their golden outputs,
# which are test fixtures).
cp "$out"/jars/*.jar "$out/input/"
cp -R pricing-cache "$out/input/pricing-cache"
mkdir -p "$out/input/scenarios"
for f in scenarios/*; do [ -f "$f" ] && cp "$f" "$out/input/scenarios/"; done

extra_args=()
[ "$os" = windows ] && extra_args=(--add-launcher agentcost-cli=packaging/windows/agentcost-cli.properties)
# JDK 24+ warns at start-up when JavaFX loads its native libraries and uses sun.misc.Unsafe (as the
# pom's jdk23 profile does for tests); allowing both keeps the app's console quiet.
if [ "${jdk_major%%.*}" -ge 24 ]; then
  extra_args+=(--java-options "--enable-native-access=javafx.graphics --sun-misc-unsafe-memory-access=allow")
fi
# The two class data sharing archives (decision 0015), base:top. Naming the runtime's archive keeps it in
# use when the app's does not fit (a copy elsewhere, an installation before its own archive is made).
case "$os" in
  linux) runtime_archive='$APPDIR/../runtime/lib/server/classes.jsa' ;;
  macos) runtime_archive='$APPDIR/../runtime/Contents/Home/lib/server/classes.jsa' ;;
  windows) runtime_archive='$APPDIR/../runtime/bin/server/classes.jsa' ;;
esac
extra_args+=(--java-options "-XX:SharedArchiveFile=$runtime_archive$pathsep\$APPDIR/agentcost.jsa")
echo "build-image: jpackage --type app-image (version $version)"
"$jdk/bin/jpackage$exe" --type app-image @packaging/metadata.args @packaging/launcher.args \
  --app-version "$version" --description "$description" --icon "$icon" \
  --input "$out/input" --runtime-image "$out/runtime" --dest "$out/image" ${extra_args[@]+"${extra_args[@]}"}
image="$(cd "$out/image" && ls -d agentcost*)"
echo "build-image: app image $out/image/$image ($(du -sh "$out/image/$image" | cut -f1))"

for type in $types; do
  case "$type" in
    deb) args=packaging/linux/deb.args ;;
    msi|exe) args=packaging/windows/msi.args ;;
    dmg|pkg) args=packaging/macos/dmg.args ;;
    *) echo "build-image: unknown installer type $type" >&2; exit 2 ;;
  esac
  echo "build-image: jpackage --type $type"
  "$jdk/bin/jpackage$exe" --type "$type" @packaging/metadata.args @"$args" \
    --app-version "$version" --description "$description" --icon "$icon" \
    --app-image "$out/image/$image" --dest "$out/installers"
done
for f in "$out"/installers/*; do
  [ -e "$f" ] && echo "build-image: installer $f ($(du -h "$f" | cut -f1))"
done

# The application's classes in a second archive on top of the runtime's (decision 0015): a training run
# of the image's own CLI, an estimate of the bundled example, writes what it loaded to
# $APPDIR/agentcost.jsa, which the launcher maps (launcher.args). The JVM accepts it only with the class
# path it was made with, so it serves the image where it was built and is left out of the installers,
# made above; the .deb's postinst makes one in /opt/agentcost. Where it does not fit, it is ignored.
case "$os" in
  linux) launcher="$out/image/$image/bin/agentcost"; appdir="$out/image/$image/lib/app" ;;
  macos) launcher="$out/image/$image/Contents/MacOS/agentcost"; appdir="$out/image/$image/Contents/app" ;;
  windows) launcher="$out/image/$image/agentcost-cli.exe"; appdir="$out/image/$image/app" ;;
esac
base_archive="$(find "$(pwd)/$out/image/$image" -name classes.jsa | head -1)"
app_archive="$(pwd)/$appdir/agentcost.jsa"
if [ -n "$base_archive" ]; then
  base_opt="$base_archive" app_opt="$app_archive"
  if [ "$os" = windows ]; then base_opt="$(cygpath -w "$base_opt")"; app_opt="$(cygpath -w "$app_opt")"; fi
  # _JAVA_OPTIONS come after the launcher's options: the runtime's archive alone, and the app's to write
  _JAVA_OPTIONS="-XX:SharedArchiveFile=$base_opt -XX:ArchiveClassesAtExit=$app_opt" \
    "$launcher" estimate "$appdir/scenarios/support-agent.yaml" > /dev/null 2> "$out/cds-training.log" || true
fi
if [ -s "$app_archive" ]; then
  echo "build-image: class data sharing archives $(du -h "$base_archive" | cut -f1) (runtime) + $(du -h "$app_archive" | cut -f1) (app, for this directory)"
else
  rm -f "$app_archive"
  echo "build-image: no app class archive (the image runs without it; $out/cds-training.log says why)" >&2
fi
echo "build-image: done in $((SECONDS - started)) s"
