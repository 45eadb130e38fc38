package io.uplift.broadleaf.web;

import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Maps the plugin's own controllers ({@code io.uplift..} classes annotated {@code @Controller}) from the root
 * application context, where the plugin's XML puts them. Broadleaf's DispatcherServlet collects handler mappings
 * from the root context too, so a shop registers no controller and no servlet XML: the patchConfigLocation line is
 * the whole installation. Any other controller in the root context is left alone.
 */
public class UpliftHandlerMapping extends RequestMappingHandlerMapping {

    static final String PACKAGE = "io.uplift.";

    @Override
    protected boolean isHandler(Class<?> beanType) {
        return beanType.getName().startsWith(PACKAGE) && AnnotationUtils.findAnnotation(beanType, Controller.class) != null;
    }
}
