package dev.prunelab.web;

import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import io.quarkus.qute.ForwardingTemplateInstance;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves {@link AnonymousPage}s from memory: for a visitor who is not signed in, the template the method returns is
 * rendered the first time its address is asked for in this content version, and the same text is sent after that, with
 * the visitor's own CSRF token put into its forms. Anybody signed in, and a page marked personal, is rendered as usual.
 */
@AnonymousPage
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AnonymousPageInterceptor {

    @Inject
    SecurityIdentity identity;

    @Inject
    HttpServerRequest request;

    @Inject
    @Named("csrf")
    CsrfTokenParameterProvider csrf;

    @Inject
    AnonymousPageVersion version;

    /** One cache per page method, each with its own bound, so a flood of searches cannot push the lessons out. */
    private static final Map<Method, AnonymousPages> CACHES = new ConcurrentHashMap<>();

    @AroundInvoke
    Object cache(InvocationContext context) throws Exception {
        if (!identity.isAnonymous()) {
            return context.proceed();
        }
        // read before the method reads the content, so a page of older content is never kept as current
        long current = version.current();
        Object result = context.proceed();
        if (!(result instanceof TemplateInstance page) || AnonymousPages.isPersonal(page)) {
            return result;
        }
        String text = pages(context.getMethod()).get(current, request.uri(), token(), page::render);
        return new Rendered(page, text);
    }

    private static AnonymousPages pages(Method method) {
        return CACHES.computeIfAbsent(method, m -> {
            AnonymousPage page = m.getAnnotation(AnonymousPage.class);
            return new AnonymousPages(page == null ? 1024 : page.capacity());
        });
    }

    /** The token this request's forms carry, or null where the CSRF filter did not run. */
    private String token() {
        try {
            String token = csrf.getToken();
            return token == null || token.isEmpty() ? null : token;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A template whose text is already known: the REST layer asks it for its text and gets it at once. */
    private static final class Rendered extends ForwardingTemplateInstance {
        private final TemplateInstance template;
        private final String text;

        Rendered(TemplateInstance template, String text) {
            this.template = template;
            this.text = text;
        }

        @Override
        protected TemplateInstance delegate() {
            return template;
        }

        @Override
        public String render() {
            return text;
        }

        @Override
        public Uni<String> createUni() {
            return Uni.createFrom().item(text);
        }

        @Override
        public CompletionStage<String> renderAsync() {
            return CompletableFuture.completedFuture(text);
        }
    }
}
