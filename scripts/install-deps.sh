#!/usr/bin/env bash
# Installs the Debian packages the app needs (and, with --test, what the tests need). Idempotent: only missing ones.
set -euo pipefail
# fonts-dejavu-core: the fonts the PDF report embeds; libfontconfig1: the SkiaSharp native library that draws it links against it.
packages=(ffmpeg libgtk-3-0 libpocketsphinx3 pocketsphinx-en-us espeak-ng fonts-dejavu-core libfontconfig1 ca-certificates)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(chromium postgresql python3-numpy pocketsphinx)  # pocketsphinx: the bare engine the benchmark compares against
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "Installing: ${missing[*]}"
  sudo_cmd=""; [[ $(id -u) -ne 0 ]] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if ! command -v dotnet >/dev/null; then
  echo "The .NET 10 SDK is required: https://learn.microsoft.com/dotnet/core/install/linux-debian" >&2
  exit 1
fi
