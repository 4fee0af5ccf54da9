package io.unionhub.ops.alert;

/** One check of a rule for a subject: the value seen, the threshold, and whether it is crossed. */
record Reading(AlertRule rule, String subject, double value, double threshold, boolean crossed) {
}
