package io.unionhub.employment.employer;

/** Where an employer stands with the union: its postings reach the board only once it is verified. */
public enum EmployerStatus {
    PENDING,
    VERIFIED,
    REJECTED
}
