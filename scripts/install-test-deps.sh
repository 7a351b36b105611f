#!/usr/bin/env bash
# Installs what the tests need and is missing: the Debian packages listed in scripts/apt-packages.txt
# (one per line, '#' comments) and the npm packages of every package.json listed in
# scripts/npm-projects.txt. Idempotent: does nothing when everything is there.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=()
if [ -f scripts/apt-packages.txt ]; then
  while read -r pkg; do
    pkg="${pkg%%#*}"; pkg="${pkg//[[:space:]]/}"
    [ -n "$pkg" ] || continue
    dpkg -s "$pkg" >/dev/null 2>&1 || packages+=("$pkg")
  done < scripts/apt-packages.txt
fi
if [ ${#packages[@]} -gt 0 ]; then
  echo "install-test-deps: installing ${packages[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${packages[@]}"
fi

if [ -f scripts/npm-projects.txt ]; then
  while read -r dir; do
    dir="${dir%%#*}"; dir="${dir//[[:space:]]/}"
    [ -n "$dir" ] || continue
    if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules" ]; then
      echo "install-test-deps: npm ci in $dir"
      (cd "$dir" && npm ci --no-audit --no-fund)
    fi
  done < scripts/npm-projects.txt
fi
