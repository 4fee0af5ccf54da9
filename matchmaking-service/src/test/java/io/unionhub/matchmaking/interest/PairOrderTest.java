package io.unionhub.matchmaking.interest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class PairOrderTest {

    @Test
    void theLowerIdIsTheOnePostgresqlSortsFirstNotTheOneUuidCompareToDoes() {
        UUID high = UUID.fromString("80000000-0000-4000-8000-000000000000"); // negative as a signed long
        UUID low = UUID.fromString("10000000-0000-4000-8000-000000000000");
        assertEquals(low, Matches.lower(high, low));
        assertEquals(low, Matches.lower(low, high));
    }
}
