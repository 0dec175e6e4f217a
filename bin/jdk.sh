# Finds a JDK 21 or newer; sourced by ./kg and .ci/run (one finder for both).
# find_jdk prints the JDK's home and returns 0, or returns 1 when there is none. It looks, in order, at JAVA_HOME,
# the javac on the PATH, the system's JVM folders (/usr/lib/jvm/*, /usr/java/*, /opt/java/*, /Library/Java/...)
# and macOS's java_home tool, and takes the first JDK whose major version is 21 or more.

KG_MIN_JAVA=21

java_major() { # JDK home -> major version ("17", "25"), empty when it is no working Java
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | awk -F'= ' '/java.specification.version/ {print $2}' | cut -d. -f1
}

jdk_candidates() {
  [ -n "${JAVA_HOME:-}" ] && echo "$JAVA_HOME"
  local javac
  if javac=$(command -v javac 2>/dev/null); then
    javac=$(readlink -f "$javac" 2>/dev/null || echo "$javac")
    dirname "$(dirname "$javac")"
  fi
  local folder
  for folder in /usr/lib/jvm/* /usr/java/* /opt/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$folder" ] && echo "$folder"
  done
  if [ -x /usr/libexec/java_home ]; then
    /usr/libexec/java_home -v "$KG_MIN_JAVA+" 2>/dev/null || true
  fi
}

find_jdk() {
  local candidate major
  while IFS= read -r candidate; do
    if [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] && [ -x "$candidate/bin/java" ]; then
      major=$(java_major "$candidate")
      if [ -n "$major" ] && [ "$major" -ge "$KG_MIN_JAVA" ]; then
        echo "$candidate"
        return 0
      fi
    fi
  done < <(jdk_candidates)
  return 1
}

no_jdk_message() {
  cat >&2 <<MESSAGE
error: no JDK $KG_MIN_JAVA or newer found (looked at JAVA_HOME, the javac on the PATH, /usr/lib/jvm, /usr/java,
       /opt/java and macOS's java_home). This project needs Java $KG_MIN_JAVA+ (Apache Jena 6 requires it).
       Install one, for example:
         Debian/Ubuntu:  sudo apt-get install openjdk-21-jdk-headless
         Fedora/RHEL:    sudo dnf install java-21-openjdk-devel
         macOS:          brew install openjdk@21
         any system:     a Temurin 21+ from adoptium.net, then export JAVA_HOME=/path/to/it
MESSAGE
}
