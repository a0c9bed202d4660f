package org.redengine.admin;

import org.redengine.channels.web.WebCallers;
import org.redengine.core.Module;
import org.redengine.server.Routes;
import org.redengine.storage.Database;
import org.redengine.web.StaticResources;

import java.time.Clock;

/**
 * The console's credentials and the pages: the admin token, organizers' accounts (invitations, sign-up, sign-in),
 * console sessions (log in, out, the CSRF token), and the web chat and console pages with their assets. It guards
 * every admin route the other modules declare.
 */
public final class ConsoleModule implements Module, WebCallers.AdminCheck {

    public static final String MIGRATIONS = "classpath:db/migration/console";

    private final AdminAuth auth;
    private final AdminSessions sessions;
    private final StaticResources pages = new StaticResources();

    public ConsoleModule(String adminToken, Database db, Clock clock) {
        this.auth = new AdminAuth(adminToken);
        this.sessions = new AdminSessions(auth, db, clock);
    }

    /** Guards admin routes (see {@link Routes#admin}). */
    public Routes.Guard guard() {
        return auth::protect;
    }

    /** Whether a request may send an upload-sized body (the server asks before reading the body). */
    public boolean uploadAllowed(String authorization, String cookieHeader) {
        return auth.uploadAllowed(authorization, cookieHeader);
    }

    @Override
    public boolean isToken(String bearer) {
        return auth.isToken(bearer);
    }

    @Override
    public boolean isConsole(String cookieHeader) {
        return sessions.validAdminCookie(cookieHeader);
    }

    @Override
    public void routes(Routes routes) {
        AccountsApi accounts = new AccountsApi(sessions.accounts(), sessions::forget);
        routes.post("/admin/login", sessions::login)
                .post("/admin/register", sessions::register)
                .post("/admin/logout", sessions::logout)
                .get("/admin/session", sessions::current)
                .get("/admin", pages::admin)
                .get("/", pages::index)
                .get("/index.html", pages::index)
                .get("/static/*", pages::file)
                .admin("POST", "/console-invites", accounts::invite)
                .admin("GET", "/accounts", accounts::list)
                .admin("DELETE", "/accounts", accounts::remove);
    }
}
