package io.unionhub.employment.seeker;

/** Groups that targeted campaigns and employment aid are aimed at. */
public enum TargetGroup {
    /** Families of border police and other servicemen (军警属). */
    BORDER_POLICE_FAMILY,
    /** Households in hardship registered with the union. */
    HARDSHIP,
    /** Villagers back from work in the cities. */
    RETURNED_MIGRANT,
    /** Lifted out of poverty, under the monitoring that keeps them out. */
    POVERTY_ALLEVIATED,
    PERSON_WITH_DISABILITY,
    RECENT_GRADUATE,
    VETERAN
}
