package io.unionhub.employment.campaign;

/** The kinds of recruitment campaign a union runs. */
public enum CampaignType {
    /** A job fair on a given day and venue. */
    FAIR,
    /** A month-long drive such as the private enterprise recruitment month. */
    RECRUITMENT_MONTH,
    /** Recruitment livestreamed from a factory floor. */
    LIVESTREAM,
    /** Employment aid, such as the spring breeze action and employment aid month. */
    EMPLOYMENT_AID,
    /** A campaign for a target group, such as the families of border police. */
    TARGETED_GROUP
}
