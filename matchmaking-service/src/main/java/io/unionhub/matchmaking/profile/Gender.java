package io.unionhub.matchmaking.profile;

/**
 * As the marriage registry records it. Recommendations pair a man and a woman: the service prepares marriages, which
 * the law registers between a man and a woman.
 */
public enum Gender {
    MALE,
    FEMALE;

    /** The legal age of marriage (Civil Code art. 1047): 22 for a man, 20 for a woman. */
    public int marriageAge() {
        return this == MALE ? 22 : 20;
    }
}
