package io.uplift.web.security;

import io.uplift.web.cart.QuickAddController;
import io.uplift.web.event.EventController;
import io.uplift.web.warranty.WarrantyController;
import org.junit.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.web.method.HandlerMethod;

import java.lang.reflect.Method;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Which requests the change limit counts: it decides by the controller the request reached, so that no spelling of a
 * URI (a {@code ;} parameter, percent-encoding) that Spring maps to a change endpoint escapes it.
 */
public class ChangeRateLimitTest {

    private final DefaultListableBeanFactory beans = new DefaultListableBeanFactory();

    private HandlerMethod handler(Class<?> controller) {
        String name = controller.getSimpleName();
        beans.registerBeanDefinition(name, new RootBeanDefinition(controller));
        for (Method m : controller.getDeclaredMethods()) {
            if (m.isAnnotationPresent(org.springframework.web.bind.annotation.RequestMapping.class)) {
                return new HandlerMethod(name, beans, m);
            }
        }
        throw new AssertionError("no request mapping in " + controller);
    }

    @Test
    public void everyControllerOfThePluginCountsButTheEventsBeacon() {
        assertTrue(ChangeRateLimit.counts(handler(QuickAddController.class)));
        assertTrue(ChangeRateLimit.counts(handler(WarrantyController.class)));
        assertFalse("the beacon has its own limit", ChangeRateLimit.counts(handler(EventController.class)));
        assertFalse(ChangeRateLimit.counts(null));
    }
}
