package io.uplift.web;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;

/** Requests for unit tests of what a page keeps in its request attributes. */
public final class AttributeRequests {

    /** What such a request answers besides its attributes. */
    public interface Answers {
        /** The answer to {@code method} with {@code args}; throw for what the test does not expect to be asked. */
        Object answer(String method, Object[] args);
    }

    private AttributeRequests() {
    }

    /** A request that keeps its attributes and asks {@code others} for everything else. */
    public static HttpServletRequest request(Answers others) {
        final Map<String, Object> attributes = new HashMap<String, Object>();
        return (HttpServletRequest) Proxy.newProxyInstance(AttributeRequests.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getAttribute":
                            return attributes.get(args[0]);
                        case "setAttribute":
                            attributes.put((String) args[0], args[1]);
                            return null;
                        default:
                            return others.answer(method.getName(), args);
                    }
                });
    }

    /** A request that keeps its attributes and is asked nothing else. */
    public static HttpServletRequest request() {
        return request((method, args) -> {
            throw new UnsupportedOperationException(method);
        });
    }
}
