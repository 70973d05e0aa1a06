#!/usr/bin/env bash
# Fetches, with Maven from Maven Central, what the JVM tests compile with into .jvm/ (git-ignored):
#   .jvm/client/  the real net.servicestack:client jar and Gson, the generated DTOs' classpath
#   .jvm/kotlin/  the Kotlin compiler (kotlin-compiler-embeddable) and its dependencies
# Needs a JDK (javac) and Maven; installs them from Debian when absent and run as root.
# Idempotent: a folder is fetched again only when its pom changed.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v javac > /dev/null || ! command -v mvn > /dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jdk-headless maven > /dev/null
fi

fetch() { # fetch <name>: copies the dependencies of scripts/jvm/<name>.pom.xml into .jvm/<name>
  local pom="scripts/jvm/$1.pom.xml" dir=".jvm/$1"
  local stamp
  stamp="$(sha256sum "$pom" | cut -d' ' -f1)"
  if [ -f "$dir/.stamp" ] && [ "$(cat "$dir/.stamp")" = "$stamp" ]; then return; fi
  rm -rf "$dir.tmp"
  mvn -q -B -Dstyle.color=never -f "$pom" -Dmaven.repo.local="$PWD/.jvm/m2" \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies \
    -DoutputDirectory="$PWD/$dir.tmp" -DincludeScope=runtime
  echo "$stamp" > "$dir.tmp/.stamp"
  rm -rf "$dir" && mv "$dir.tmp" "$dir"
}

mkdir -p .jvm
fetch client
fetch kotlin
echo "jvm test environment ready: $(ls .jvm/client | tr '\n' ' ')"
