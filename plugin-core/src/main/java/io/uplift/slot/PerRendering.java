package io.uplift.slot;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a view field whose value is new on every rendering (e.g. a form's one-time request token): a
 * {@link ViewFingerprint} leaves its value out of the text and lists it among the per-rendering values instead, so a
 * render cache can store the HTML once and fill each rendering's own value in. The field must hold a {@code String}
 * of at least {@value ViewFingerprint#MIN_PER_RENDERING} characters (shorter values could occur in the HTML by
 * chance; a view holding one is not cached).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface PerRendering {
}
