package io.unionhub.devstack;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.TopicPartition;

/**
 * Prints a consumer group's members and the partitions each holds, one line per member
 * ({@code <client host> <partitions>}), for ./unionhub scale-check:
 * {@code java -cp devstack/target/devstack.jar io.unionhub.devstack.ConsumerGroupMembers 127.0.0.1:9092 GROUP}.
 */
public final class ConsumerGroupMembers {

    private ConsumerGroupMembers() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: ConsumerGroupMembers BOOTSTRAP_SERVERS GROUP");
            System.exit(2);
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]))) {
            ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(args[1])).all()
                    .get(30, TimeUnit.SECONDS).get(args[1]);
            for (MemberDescription member : group.members()) {
                TreeSet<String> partitions = new TreeSet<>();
                for (TopicPartition partition : member.assignment().topicPartitions()) {
                    partitions.add(partition.topic() + "-" + partition.partition());
                }
                System.out.println(member.consumerId() + " " + String.join(",", partitions));
            }
        }
    }
}
