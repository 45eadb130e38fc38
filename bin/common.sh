# Shell functions shared by bin/uplift and bin/sparkcluster (sourced, not run). Needs $root, the project directory.

# A TCP port in 20000-39999 that nothing listens on at 127.0.0.1 now.
free_port() {
  local port=""
  while [ -z "$port" ]; do
    port=$((20000 + RANDOM % 20000))
    (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null && port=""
  done
  echo "$port"
}

# The JDK 17 flags Spark 3.5 needs: the one list, spark.jvm.flags in spark-mining/pom.xml (its tests use it too).
spark_jvm_flags() {
  local flags
  flags="$(sed -n 's:.*<spark.jvm.flags>\(.*\)</spark.jvm.flags>.*:\1:p' "$root/spark-mining/pom.xml")"
  if [ -z "$flags" ]; then
    echo "no <spark.jvm.flags> in $root/spark-mining/pom.xml" >&2
    return 1
  fi
  echo "$flags"
}
