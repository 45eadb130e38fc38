package io.uplift.admin.experiment;

import io.uplift.admin.install.UpliftAdminMenuInstaller;
import io.uplift.admin.web.AdminPages;
import io.uplift.broadleaf.experiment.ExperimentsCache;
import io.uplift.broadleaf.experiment.domain.UpliftExperimentImpl;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.broadleafcommerce.openadmin.server.security.remote.SecurityVerifier;
import org.broadleafcommerce.openadmin.server.security.service.navigation.AdminNavigationService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;

/**
 * "Uplift &gt; Experiments &gt; status" ({@code /uplift-experiments/status}, in the Experiments section): what the
 * storefront applies, i.e. the valid experiments with state, slot, widget, hold-out and arms, and the rows it leaves
 * out with the reason (written by other means than the admin, e.g. SQL). Needs the experiments permission (view).
 */
@Controller
public class ExperimentStatusController {

    public static final String PATH = UpliftAdminMenuInstaller.EXPERIMENTS_URL + "/status";

    private final AdminNavigationService navigation;
    private final SecurityVerifier security;
    private final ExperimentsCache experiments;

    public ExperimentStatusController(AdminNavigationService navigation, SecurityVerifier security,
            ExperimentsCache experiments) {
        this.navigation = navigation;
        this.security = security;
        this.experiments = experiments;
    }

    @RequestMapping(value = PATH, method = RequestMethod.GET)
    public String show(HttpServletResponse response, Model model) throws IOException {
        if (!AdminPages.allowed(security, UpliftExperimentImpl.class.getName(), EntityOperationType.FETCH, response,
                "experiments")) {
            return null;
        }
        experiments.refresh();
        model.addAttribute("experiments", experiments.all());
        model.addAttribute("rejected", experiments.getRejected());
        return AdminPages.render(navigation, model, UpliftAdminMenuInstaller.EXPERIMENTS_URL, "uplift/experiment-status");
    }
}
