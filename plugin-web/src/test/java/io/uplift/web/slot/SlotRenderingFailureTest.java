package io.uplift.web.slot;

import io.uplift.engine.SuggestionContext;
import io.uplift.slot.ProductCard;
import io.uplift.slot.SlotKey;
import io.uplift.slot.SlotService;
import io.uplift.slot.SlotSettingsCache;
import io.uplift.slot.WidgetFailures;
import io.uplift.slot.WidgetProvider;
import io.uplift.slot.WidgetProviderRegistry;
import io.uplift.slot.WidgetSettings;
import io.uplift.slot.WidgetSettingsSource;
import io.uplift.slot.WidgetView;
import org.broadleafcommerce.core.order.domain.Order;
import org.junit.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.servlet.http.HttpServletRequest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The slot tag renders its fragments itself, so a broken widget template (e.g. a theme's override with a bad
 * expression) costs that slot, not the page: the page around it renders, the failure is counted.
 */
public class SlotRenderingFailureTest {

    private static final class Provider implements WidgetProvider {
        private final String type;
        private final String template;

        Provider(String type, String template) {
            this.type = type;
            this.template = template;
        }

        @Override
        public String type() {
            return type;
        }

        @Override
        public WidgetView build(WidgetSettings settings, io.uplift.slot.SlotRequest request) {
            return new WidgetView(settings.getId(), type, template, settings.getTitle(), Collections.<ProductCard>emptyList(),
                    "model");
        }
    }

    private static String render(final String widgetType, WidgetFailures failures) {
        return render(widgetType, true, failures, new AtomicInteger());
    }

    /** @param contexts counts the shopper contexts the tag built */
    private static String render(final String widgetType, boolean enabled, WidgetFailures failures,
            final AtomicInteger contexts) {
        final List<WidgetSettings> widgets = Arrays.asList(
                new WidgetSettings(1, SlotKey.PRODUCT, widgetType, enabled, "Hello widget", 4, 1));
        SlotSettingsCache settings = new SlotSettingsCache(new WidgetSettingsSource() {
            @Override
            public Loaded loadAll() {
                return new Loaded(widgets, Collections.<String>emptyList());
            }
        }, failures, 60000);
        settings.refresh();
        SlotService service = new SlotService(settings, new WidgetProviderRegistry(Arrays.<WidgetProvider>asList(
                new Provider("GOOD", "uplift/widgets/test-good"), new Provider("BROKEN", "uplift/widgets/test-broken"))),
                failures);
        ShopperContext shopper = new ShopperContext(null) {
            @Override
            public SuggestionContext build(HttpServletRequest request, Long productId, Order order) {
                contexts.incrementAndGet();
                return SuggestionContext.builder().product(productId).build();
            }
        };
        final UpliftSlotProcessor processor = new UpliftSlotProcessor(service, shopper);
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("webTemplates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode("HTML5");
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.addDialect(new AbstractDialect() {
            @Override
            public String getPrefix() {
                return "blc";
            }

            @Override
            public Set<IProcessor> getProcessors() {
                return new HashSet<IProcessor>(Collections.singleton(processor));
            }
        });
        Context context = new Context();
        context.setVariable("productId", 7L);
        return engine.process("uplift-test-page", context);
    }

    @Test
    public void aWorkingWidgetTemplateRendersInsideTheSlot() {
        WidgetFailures failures = new WidgetFailures();
        String html = render("GOOD", failures);
        assertTrue(html, html.contains("<div class=\"test-good\">Hello widget</div>"));
        assertTrue(html, html.contains("uplift-slot--product"));
        assertEquals(0, failures.total());
    }

    @Test
    public void aBrokenWidgetTemplateCostsTheSlotNotThePage() {
        WidgetFailures failures = new WidgetFailures();
        String html = render("BROKEN", failures);
        assertTrue("the page before the slot: " + html, html.contains("<p id=\"before\">before</p>"));
        assertTrue("the page after the slot: " + html, html.contains("<p id=\"after\">after</p>"));
        assertFalse("no half-rendered slot: " + html, html.contains("uplift-slot"));
        assertEquals(1, failures.total());
    }

    @Test
    public void aSlotWhoseWidgetsAreAllOffBuildsNoShopperContextAndRendersNothing() {
        WidgetFailures failures = new WidgetFailures();
        AtomicInteger contexts = new AtomicInteger();
        String html = render("GOOD", false, failures, contexts);
        assertFalse(html, html.contains("uplift-slot"));
        assertTrue(html, html.contains("<p id=\"after\">after</p>"));
        assertEquals("widgets switched off cost the page no context", 0, contexts.get());
        assertEquals(0, failures.total());
        render("GOOD", true, failures, contexts);
        assertEquals(1, contexts.get());
    }
}
