package dev.prunelab.web;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a page (a GET method returning a template) that is the same for every visitor who is not signed in: it is
 * rendered once per address and content version and served from memory after that ({@link AnonymousPageInterceptor}).
 * The method still runs on every request (its events fire, its 404s stand); only the rendering is saved. A page that
 * shows something of the visitor's own says so with {@link AnonymousPages#personal}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({METHOD, TYPE})
public @interface AnonymousPage {

    /** The most pages of this method kept at once (the addresses come from visitors, so the cache is bounded). */
    @Nonbinding
    int capacity() default 1024;
}
