package io.uplift.broadleaf.web;

import org.codehaus.jackson.map.ObjectMapper;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** JSON answers of the plugin's endpoints (Jackson 1.9, the JSON library Broadleaf 3.1 already brings). */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** Whether the caller asked for JSON (the plugin's script sends {@code Accept: application/json}). */
    public static boolean wanted(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("application/json");
    }

    public static void write(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        MAPPER.writeValue(response.getWriter(), body);
    }
}
