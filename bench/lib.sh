# Shared by the bench/ scripts: a JDK 25, the test class path, and running a test-scope main class.
# Source it from a script whose working directory is the repository root.

java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }

find_jdk() {
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  for d in /usr/lib/jvm/*; do [ -x "$d/bin/java" ] && candidates+=("$d"); done
  for c in "${candidates[@]}"; do
    local v; v="$(java_major "$c" 2>/dev/null || true)"
    if [ -n "$v" ] && [ "${v%%.*}" -ge 25 ] 2>/dev/null; then echo "$c"; return 0; fi
  done
  return 1
}

if ! JAVA_HOME="$(find_jdk)"; then
  echo "The benchmarks need a JDK 25 or newer (see README.md)." >&2
  exit 1
fi
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"

# The JVM options every benchmark runs Warren with: the launcher's defaults (./warren run), so that
# the figures are what a site gets. Keep the two the same; bench/README.md explains each.
bench_jvm_opts=(-XX:+UseSerialGC -Xss512k -Djdk.pollerMode=1)

# Benchmark code lives in test scope (it is not shipped): build it when sources changed, and keep
# the test class path in a file that Maven rewrites once per pom.xml change.
bench_classpath() {
  local classpath_file=target/bench-classpath.txt marker=target/test-classes/warren/bench/SeedData.class
  if [ ! -f "$marker" ] || [ -n "$(find pom.xml src/main src/test/java/warren/bench -newer "$marker" -print -quit)" ]; then
    echo "Building the benchmarks..." >&2
    ./mvnw -B -q -DskipTests test-compile >&2
  fi
  if [ ! -f "$classpath_file" ] || [ pom.xml -nt "$classpath_file" ]; then
    ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file" >&2
  fi
  echo "target/test-classes:target/classes:$(cat "$classpath_file")"
}

# PostgreSQL refuses to run as root; the embedded one then runs in a user namespace, as ./warren does.
run_unprivileged() {
  if [ "$(id -u)" = 0 ] && [ -z "${DATABASE_URL:-}" ] && [ -z "${WARREN_NO_UNSHARE:-}" ]; then
    exec unshare -U -- "$@"
  fi
  exec "$@"
}
