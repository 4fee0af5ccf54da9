package io.unionhub.kit.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Runs the test against the real Kafka broker started once for the whole test run. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
public @interface WithKafkaBroker {
}
