package dev.migrate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a class as a revision: one node of the revision graph.
 *
 * <pre>{@code
 * @Revision(id = "1975ea83b712", down = "ae1027a6acf", message = "create account table")
 * public class V1975ea83b712_CreateAccountTable implements Migration { ... }
 * }</pre>
 *
 * The annotation processor shipped with the engine indexes every annotated class at compile time, so the graph is
 * known without loading the classes. Identifiers must not contain {@code @ - + :}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {

    /** The revision identifier, unique across all locations. */
    String id();

    /** The parent revisions: none for a base, one normally, several for a merge point. */
    String[] down() default {};

    /** Revisions or branch labels that must be applied first, without being parents. */
    String[] dependsOn() default {};

    /** Branch labels that start at this revision. */
    String[] branchLabels() default {};

    /** A one-line description, shown by {@code history} and {@code show}. */
    String message() default "";
}
