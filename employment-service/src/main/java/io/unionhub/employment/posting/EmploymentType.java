package io.unionhub.employment.posting;

/**
 * schema.org JobPosting employment types, plus gig work. Day work is schema.org's {@code PER_DIEM}; the board's "gig
 * only" filter takes {@link #GIG} and {@link #PER_DIEM}, what a gig-work station (零工驿站) lists.
 */
public enum EmploymentType {
    FULL_TIME,
    PART_TIME,
    TEMPORARY,
    CONTRACTOR,
    INTERN,
    PER_DIEM,
    GIG;

    public boolean isGig() {
        return this == GIG || this == PER_DIEM;
    }
}
