#!/usr/bin/env bash
# Records the current build of the SDK API bundles as the baseline that later builds are
# checked against (bnd baseline: an incompatible API change without a major package version
# bump fails the build). Run after a release of the plugin SDK:
#   mvn -B install -pl plugin-sdk/udf-api,plugin-sdk/trigger-api,plugin-sdk/model-api,plugin-sdk/codec-api
#   plugin-sdk/api-baseline/capture.sh 0.1.0
# then set <orrery.api.baseline> in plugin-sdk/pom.xml to that version and commit the jars.
set -euo pipefail
version=${1:?usage: capture.sh BASELINE_VERSION}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
for api in udf-api trigger-api model-api codec-api; do
  jar="$root/plugin-sdk/$api/target/orrery-$api-0.1.0-SNAPSHOT.jar"
  [ -f "$jar" ] || jar=$(ls "$root"/plugin-sdk/$api/target/orrery-$api-*.jar | grep -v sources | head -1)
  mvn -B -q install:install-file -Dfile="$jar" -DgroupId=org.orrery -DartifactId="orrery-$api" \
    -Dversion="$version" -Dpackaging=jar -DgeneratePom=true -DlocalRepositoryPath="$here"
done
find "$here" -name '_remote.repositories' -o -name 'maven-metadata-local.xml' | xargs rm -f
echo "baseline $version captured in $here"
