package io.unionhub.training.cohort;

/** A module added to a cohort for a category of requested topics, e.g. "Digital transformation of unions". */
public record ExtensionModule(String category, String title) {
}
