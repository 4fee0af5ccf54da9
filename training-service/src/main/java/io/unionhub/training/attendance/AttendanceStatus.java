package io.unionhub.training.attendance;

public enum AttendanceStatus {
    PRESENT,
    ABSENT,
    /** absent with leave: it still does not count as attending */
    EXCUSED
}
