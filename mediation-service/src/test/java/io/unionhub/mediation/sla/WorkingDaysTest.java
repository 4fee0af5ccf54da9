package io.unionhub.mediation.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    @Test
    void weekendsAndHolidaysAreSkippedAndAMadeUpSaturdayCounts() {
        // National Day 2026: 1–7 October off, Saturday 10 October worked instead
        WorkingDays days = new WorkingDays(
                List.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5),
                        LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7)),
                List.of(LocalDate.of(2026, 10, 10)));
        assertEquals(LocalDate.of(2026, 10, 8), days.after(LocalDate.of(2026, 9, 30), 1));
        assertEquals(LocalDate.of(2026, 10, 10), days.after(LocalDate.of(2026, 9, 30), 3));
        assertEquals(LocalDate.of(2026, 12, 7), new WorkingDays(List.of(), List.of()).after(LocalDate.of(2026, 12, 4), 1));
    }
}
