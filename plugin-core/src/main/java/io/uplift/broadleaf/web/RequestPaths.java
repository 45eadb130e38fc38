package io.uplift.broadleaf.web;

import javax.servlet.http.HttpServletRequest;

/** The request's path within the web application (its context path removed), as the plugin's checks compare it. */
public final class RequestPaths {

    private RequestPaths() {
    }

    /** The path without the context path (may be empty), or null when the request has no URI. */
    public static String withinApp(HttpServletRequest request) {
        String path = request.getRequestURI();
        String context = request.getContextPath();
        if (path == null) {
            return null;
        }
        if (context != null && !context.isEmpty() && path.startsWith(context)) {
            path = path.substring(context.length());
        }
        return path;
    }
}
