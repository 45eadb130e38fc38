package io.uplift.broadleaf.experiment.domain;

import io.uplift.engine.experiment.ExperimentState;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.ConfigurationItem;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.broadleafcommerce.common.presentation.ValidationConfiguration;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.io.Serializable;
import java.util.Date;
import java.util.UUID;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.PostLoad;
import javax.persistence.PrePersist;
import javax.persistence.PreUpdate;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.Transient;

/**
 * An A/B experiment (Uplift &gt; Experiments): name, the slot and optionally the widget it runs on, the hold-out
 * percentage, the variants (one line each, {@code io.uplift.engine.experiment.VariantLines}) and the state. Starting
 * and stopping is a change of state on the edit screen (Draft to Running to Stopped, never back); the times are
 * recorded when the row is saved. Once started, slot, widget, hold-out and variants cannot be changed (they decide
 * which arm a visitor is in; changing them would move visitors between arms and mix the results): the admin refuses
 * it, quoting the value. The storefront applies the engine's rules again when it reads the table, so a row written
 * by other means that breaks them is left out and named. Not second-level cached.
 */
@Entity
@Table(name = "UPLIFT_EXPERIMENT")
@AdminPresentationClass(friendlyName = "Uplift experiment")
public class UpliftExperimentImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FROZEN = "blUpliftExperimentFrozenValidator";

    @Id
    @GeneratedValue(generator = "UpliftExperimentId")
    @GenericGenerator(name = "UpliftExperimentId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "UpliftExperimentImpl"),
                    @Parameter(name = "entity_name", value = "io.uplift.broadleaf.experiment.domain.UpliftExperimentImpl")
            })
    @Column(name = "EXPERIMENT_ID")
    @AdminPresentation(friendlyName = "ID (recorded with events and order lines)", order = 500, prominent = true,
            gridOrder = 0, readOnly = true, visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "NAME", nullable = false, length = 80)
    @AdminPresentation(friendlyName = "Name (e.g. Related products: 3 vs 5)", order = 1000, prominent = true,
            gridOrder = 1, requiredOverride = RequiredOverride.REQUIRED,
            validationConfigurations = {
                    @ValidationConfiguration(validationImplementation = "blUpliftQuotedTextValidator",
                            configurationItems = {
                                    @ConfigurationItem(itemName = "max", itemValue = "80"),
                                    @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                            itemValue = "The name must not be empty or blank (at most 80 characters).")
                            })
            })
    protected String name;

    @Column(name = "SLOT", nullable = false, length = 32)
    @AdminPresentation(friendlyName = "Slot (product, cart, checkout, confirmation, mini-cart)", order = 2000,
            prominent = true, gridOrder = 2, requiredOverride = RequiredOverride.REQUIRED,
            validationConfigurations = {
                    @ValidationConfiguration(validationImplementation = "blUpliftExperimentSlotValidator",
                            configurationItems = {
                                    @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                            itemValue = "The slot must be one of product, cart, checkout, confirmation,"
                                                    + " mini-cart.")
                            }),
                    @ValidationConfiguration(validationImplementation = FROZEN)
            })
    protected String slot;

    @Column(name = "WIDGET_ID")
    @AdminPresentation(friendlyName = "Widget id (Uplift > Widgets; blank: every widget of the slot)", order = 3000,
            prominent = true, gridOrder = 3,
            validationConfigurations = {
                    @ValidationConfiguration(validationImplementation = "blUpliftQuotedRangeValidator",
                            configurationItems = {
                                    @ConfigurationItem(itemName = "min", itemValue = "1"),
                                    @ConfigurationItem(itemName = "max", itemValue = "999999999999"),
                                    @ConfigurationItem(itemName = "optional", itemValue = "true"),
                                    @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                            itemValue = "The widget id must be blank or a positive whole number.")
                            }),
                    @ValidationConfiguration(validationImplementation = "blUpliftExperimentWidgetValidator"),
                    @ValidationConfiguration(validationImplementation = FROZEN)
            })
    protected Long widgetId;

    @Column(name = "HOLDOUT_PERCENT", nullable = false)
    @AdminPresentation(friendlyName = "Hold-out % (sees no suggestions in the slot; 0-50)", order = 4000,
            prominent = true, gridOrder = 4, requiredOverride = RequiredOverride.REQUIRED,
            validationConfigurations = {
                    @ValidationConfiguration(validationImplementation = "blUpliftQuotedRangeValidator",
                            configurationItems = {
                                    @ConfigurationItem(itemName = "min", itemValue = "0"),
                                    @ConfigurationItem(itemName = "max", itemValue = "50"),
                                    @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                            itemValue = "The hold-out must be a whole number from 0 to 50.")
                            }),
                    @ValidationConfiguration(validationImplementation = FROZEN)
            })
    protected Integer holdoutPercent = 10;

    @Column(name = "VARIANTS_TEXT", nullable = false, length = 2000)
    @AdminPresentation(friendlyName = "Variants, one per line, the first is the control: name weight [count=N]"
            + " [position=N] [sources=a,b] [title=words] (weights sum to 100)", order = 5000, largeEntry = true,
            requiredOverride = RequiredOverride.REQUIRED,
            validationConfigurations = {
                    @ValidationConfiguration(validationImplementation = "blUpliftExperimentVariantsValidator",
                            configurationItems = {
                                    @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                            itemValue = "The variants are not valid:")
                            }),
                    @ValidationConfiguration(validationImplementation = FROZEN)
            })
    protected String variantsText;

    @Column(name = "STATE", nullable = false, length = 16)
    @AdminPresentation(friendlyName = "State (Draft, then Running to start, then Stopped; never back)", order = 6000,
            prominent = true, gridOrder = 5, requiredOverride = RequiredOverride.REQUIRED,
            fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "io.uplift.broadleaf.experiment.domain.UpliftExperimentState",
            validationConfigurations = {
                    @ValidationConfiguration(validationImplementation = "blUpliftExperimentStateValidator")
            })
    protected String state = ExperimentState.DRAFT.name();

    @Column(name = "STARTED_AT")
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "Started", order = 7000, prominent = true, gridOrder = 6, readOnly = true)
    protected Date startedAt;

    @Column(name = "STOPPED_AT")
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "Stopped", order = 8000, prominent = true, gridOrder = 7, readOnly = true)
    protected Date stoppedAt;

    @Column(name = "SALT", nullable = false, length = 64)
    @AdminPresentation(friendlyName = "Salt", visibility = VisibilityEnum.HIDDEN_ALL,
            requiredOverride = RequiredOverride.NOT_REQUIRED)
    protected String salt = newSalt();

    /** The row as loaded, before the admin's changes: what the frozen and state validators compare with. */
    @Transient
    protected transient String[] loaded;

    @PostLoad
    protected void remember() {
        loaded = new String[] {state, slot, widgetId == null ? null : widgetId.toString(),
                holdoutPercent == null ? null : holdoutPercent.toString(), variantsText};
    }

    /** Records the start and stop times, and a salt for a new row. */
    @PrePersist
    @PreUpdate
    protected void stamp() {
        if (salt == null || salt.trim().isEmpty()) {
            salt = newSalt();
        }
        Date now = new Date();
        if (!ExperimentState.DRAFT.name().equals(state) && startedAt == null) {
            startedAt = now;
        }
        if (ExperimentState.STOPPED.name().equals(state) && stoppedAt == null) {
            stoppedAt = now;
        }
    }

    private static String newSalt() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    /** The state as loaded (null for a new row). */
    public String getLoadedState() {
        return loaded == null ? null : loaded[0];
    }

    /** A field's value as loaded ({@code slot}, {@code widgetId}, {@code holdoutPercent}, {@code variantsText}). */
    public String getLoaded(String property) {
        if (loaded == null) {
            return null;
        }
        switch (property) {
            case "slot": return loaded[1];
            case "widgetId": return loaded[2];
            case "holdoutPercent": return loaded[3];
            case "variantsText": return loaded[4];
            default: throw new IllegalArgumentException("not a frozen property: " + property);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSlot() {
        return slot;
    }

    public void setSlot(String slot) {
        this.slot = slot;
    }

    public Long getWidgetId() {
        return widgetId;
    }

    public void setWidgetId(Long widgetId) {
        this.widgetId = widgetId;
    }

    public Integer getHoldoutPercent() {
        return holdoutPercent;
    }

    public void setHoldoutPercent(Integer holdoutPercent) {
        this.holdoutPercent = holdoutPercent;
    }

    public String getVariantsText() {
        return variantsText;
    }

    public void setVariantsText(String variantsText) {
        this.variantsText = variantsText;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public Date getStartedAt() {
        return startedAt;
    }

    public void setStartedAt(Date startedAt) {
        this.startedAt = startedAt;
    }

    public Date getStoppedAt() {
        return stoppedAt;
    }

    public void setStoppedAt(Date stoppedAt) {
        this.stoppedAt = stoppedAt;
    }

    public String getSalt() {
        return salt;
    }

    public void setSalt(String salt) {
        this.salt = salt;
    }
}
