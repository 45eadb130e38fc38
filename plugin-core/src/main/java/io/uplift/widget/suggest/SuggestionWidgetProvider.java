package io.uplift.widget.suggest;

import io.uplift.engine.CatalogFacts;
import io.uplift.engine.rank.Filters;
import io.uplift.engine.rank.Rescorers;
import io.uplift.engine.rank.SuggestionFilter;
import io.uplift.engine.rank.SuggestionPipeline;
import io.uplift.engine.rank.SuggestionRescorer;
import io.uplift.engine.source.FallbackChain;
import io.uplift.engine.source.SourceChain;
import io.uplift.engine.warranty.WarrantyPlansSource;
import io.uplift.slot.ProductCard;
import io.uplift.slot.SlotRequest;
import io.uplift.slot.WidgetProvider;
import io.uplift.slot.WidgetRules;
import io.uplift.slot.WidgetSettings;
import io.uplift.slot.WidgetView;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A widget that lists suggested products: runs the widget's source chain (the admin's, or the type's default)
 * through the widget's rules and shows the first N. Every product it shows is marked on the page, so the next
 * slot of the same page does not repeat it. One bean per widget type.
 */
public class SuggestionWidgetProvider implements WidgetProvider {

    private final String type;
    private final String template;
    private final String defaultChain;
    private final FallbackChain chain;
    private final CatalogFacts catalog;
    private final RankingSettings ranking;
    private WarrantyPlansSource warrantyPlans;
    /**
     * Chains and pipelines built per distinct text and rules: both are immutable and read the page only when they
     * run, and a shop has a handful of widgets, so the page path neither parses a chain nor builds a filter list.
     * Bounded: past {@value #MAX_MEMO} entries (rules edited many times without a restart) the memo starts afresh.
     */
    private final ConcurrentHashMap<String, SourceChain> chains = new ConcurrentHashMap<String, SourceChain>();
    private final ConcurrentHashMap<WidgetRules, SuggestionPipeline> pipelines
            = new ConcurrentHashMap<WidgetRules, SuggestionPipeline>();
    static final int MAX_MEMO = 256;

    /**
     * @param defaultChain the chain used when the admin sets none, e.g. {@code copurchase, similar, trending}
     */
    public SuggestionWidgetProvider(String type, String template, String defaultChain, FallbackChain chain,
            CatalogFacts catalog, RankingSettings ranking) {
        this.type = type;
        this.template = template;
        this.defaultChain = defaultChain;
        this.chain = chain;
        this.catalog = catalog;
        this.ranking = ranking;
        // a wrong default is a wiring error: fail at start, not on a page
        SourceChain.parse(defaultChain, chain.getSources().names());
    }

    /** Leaves out warranty plan products (sold only with the item they cover); unset: nothing is left out. */
    public void setWarrantyPlans(WarrantyPlansSource warrantyPlans) {
        this.warrantyPlans = warrantyPlans;
        pipelines.clear();
    }

    @Override
    public String type() {
        return type;
    }

    public String getDefaultChain() {
        return defaultChain;
    }

    @Override
    public WidgetView build(WidgetSettings settings, SlotRequest request) {
        List<SuggestionPipeline.Ranked> ranked = chain.run(chainOf(settings), pipeline(settings.getRules()),
                request.getContext(), settings.getMaxItems());
        if (ranked.isEmpty()) {
            return null;
        }
        List<ProductCard> cards = new ArrayList<ProductCard>(ranked.size());
        for (SuggestionPipeline.Ranked r : ranked) {
            cards.add(ProductCard.of(r.getProduct(), r.getSuggestion()));
            request.getContext().getPage().markShown(r.getProduct().getId());
        }
        return new WidgetView(settings.getId(), type, template, settings.getTitle(), cards);
    }

    /**
     * The products this widget's chain and rules pick for a context that is no page (an e-mail): the same sources,
     * filters and rescorers as {@link #build}, without marking anything shown. Never null.
     */
    public List<SuggestionPipeline.Ranked> suggest(WidgetSettings settings, io.uplift.engine.SuggestionContext context) {
        return chain.run(chainOf(settings), pipeline(settings.getRules()), context, settings.getMaxItems());
    }

    /**
     * What the widget would show, with every source's candidates and every dropped candidate's reason (the admin
     * preview). Marks nothing on the page.
     */
    public List<FallbackChain.SourceTrace> preview(WidgetSettings settings, SlotRequest request) {
        List<FallbackChain.SourceTrace> trace = new ArrayList<FallbackChain.SourceTrace>();
        chain.run(chainOf(settings), pipeline(settings.getRules()), request.getContext(), settings.getMaxItems(), trace);
        return trace;
    }

    /** The widget's chain: the admin's if set, else the type's default. */
    public SourceChain chainOf(WidgetSettings settings) {
        String text = settings.getRules().getSources();
        String chainText = text == null ? defaultChain : text;
        SourceChain parsed = chains.get(chainText);
        if (parsed == null) {
            parsed = SourceChain.parse(chainText, chain.getSources().names()); // a bad text throws and is not kept
            remember(chains, chainText, parsed);
        }
        return parsed;
    }

    SuggestionPipeline pipeline(WidgetRules rules) {
        SuggestionPipeline built = pipelines.get(rules);
        if (built == null) {
            built = buildPipeline(rules);
            remember(pipelines, rules, built);
        }
        return built;
    }

    private static <K, V> void remember(ConcurrentHashMap<K, V> memo, K key, V value) {
        if (memo.size() >= MAX_MEMO) {
            memo.clear();
        }
        memo.put(key, value);
    }

    private SuggestionPipeline buildPipeline(WidgetRules rules) {
        List<SuggestionFilter> filters = new ArrayList<SuggestionFilter>(SuggestionPipeline.standardFilters());
        filters.add(Filters.notShownOnPage());
        filters.add(Filters.notPushedTooOften());
        if (warrantyPlans != null) {
            filters.add(Filters.notSoldAlone(warrantyPlans));
        }
        if (rules.isExcludePurchased()) {
            filters.add(Filters.notPurchased());
        }
        if (rules.getPriceMinPercent() != null || rules.getPriceMaxPercent() != null) {
            filters.add(Filters.priceBand(rules.getPriceMinPercent(), rules.getPriceMaxPercent(), catalog));
        }
        List<SuggestionRescorer> rescorers = new ArrayList<SuggestionRescorer>(2);
        if (rules.isStockMarginBoost()) {
            rescorers.add(Rescorers.stockAndMargin(ranking.getMarginWeight(), ranking.getLowStock(),
                    ranking.getLowStockFactor()));
        }
        if (rules.isRotate()) {
            rescorers.add(Rescorers.rotation(ranking.getRotationAmplitude(), ranking.getClock()));
        }
        return new SuggestionPipeline(catalog, filters, rescorers);
    }
}
