package io.uplift.admin.web;

/**
 * An admin action the plugin refuses inside one of Broadleaf's own entity screens, where Broadleaf has no place to
 * show the reason (e.g. its product lookup dialog, whose form errors sit on a tab it keeps hidden). Thrown before
 * anything is stored; {@link RefusalDialogs} answers the request with the message in a dialog of the admin.
 */
public class AdminRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String title;

    /**
     * @param title the dialog's title, e.g. "Not added"
     * @param message what was refused and why, plain text (escaped when shown)
     */
    public AdminRefusal(String title, String message) {
        super(message);
        this.title = title;
    }

    public String getTitle() {
        return title;
    }
}
