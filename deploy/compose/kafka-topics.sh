#!/usr/bin/env bash
# Run once by docker-compose.yml's kafka-topics service before the apps start: the topics with their partition counts
# (the same as the Strimzi KafkaTopic resources in the Kubernetes manifests). Program topics keep everything
# (retention.ms=-1): the ops dashboard rebuilds its figures from their start. Dead-letter topics keep two weeks.
set -euo pipefail
BOOTSTRAP=${KAFKA_BOOTSTRAP_SERVERS:?}
create() { # topic partitions retention-ms
  /opt/kafka/bin/kafka-topics.sh --bootstrap-server "$BOOTSTRAP" --create --if-not-exists --topic "$1" \
    --partitions "$2" --replication-factor 1 --config "retention.ms=$3"
}
for program in training employment mediation matchmaking; do create "unionhub.$program.events" 12 -1; done
create unionhub.ops.events 3 -1
for dead_letters in unionhub.employment-training-graduates.dlq unionhub.mediation-rights-reports.dlq \
    unionhub.ops-figures.dlq; do
  create "$dead_letters" 3 1209600000
done
