#!/usr/bin/env bash
# Runs the noisegate gate job on Spark in local mode, with Spark from Maven (no Spark installation
# needed): integrations/spark/run-local.sh INPUT... OUT_DIR [--min-score N] [options]
# Options: those of GateJob (--help); NOISEGATE_MASTER sets the master (default local[*]).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
jar="$here/target/noisegate-spark-0.1.0.jar"
cp_file="$here/target/classpath.txt"
if [ ! -f "$jar" ] || [ ! -f "$cp_file" ] || [ -n "$(find "$root/src" "$root/rules" "$here/src" -newer "$jar" -print -quit 2>/dev/null)" ]; then
  (cd "$root" && mvn -B -q -DskipTests -pl integrations/spark -am package dependency:build-classpath \
      -Dmdep.outputFile=target/classpath.txt >&2)
fi
# one machine: bind to the loopback address (and say nothing about the host name resolving to it)
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
opens=$(sed -n 's:.*<spark.opens>\(.*\)</spark.opens>.*:\1:p' "$here/pom.xml" | head -1)
# shellcheck disable=SC2086
exec java ${JAVA_OPTS:--Xmx4g} $opens -Dlog4j2.configurationFile="$here/log4j2.properties" \
  -cp "$jar:$(cat "$cp_file")" org.noisegate.spark.GateJob --master "${NOISEGATE_MASTER:-local[*]}" "$@"
