package io.uplift.slot;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a view field that no storefront template shows and that is not part of the template contract (e.g. a
 * card's reason, kept for logs and the admin's diagnostics): a {@link ViewFingerprint} leaves it out, so a render
 * cache does not miss when only such a value changed (a statistic in a reason moves with every order).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface NotRendered {
}
