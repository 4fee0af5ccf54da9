package io.unionhub.employment.rights;

/** What went wrong: the categories a 12351 work order takes over. */
public enum RightsCategory {
    UNPAID_WAGES,
    NO_CONTRACT,
    SOCIAL_INSURANCE,
    OVERTIME,
    WORK_INJURY,
    UNLAWFUL_DISMISSAL,
    OTHER
}
