"""Who is signed in. The browser keeps only an opaque token (untrusted input,
re-checked against the database on every use); the role always comes from the
database, never from a var the browser can set."""

import asyncio

import reflex as rx

from support_studio.accounts import account_for_token, authenticate, end_session, start_session
from support_studio.models import Account

SIGN_IN_ROUTE = "/login"
# The studio's saved draft: cleared at sign-out so the next person can't see it.
DRAFT_STORAGE_KEY = "support_studio_draft"


def landing_route(role: str) -> str:
    return "/agent" if role == "agent" else "/tickets/new"


class AuthState(rx.State):
    auth_token: str = rx.LocalStorage(name="support_studio_session", sync=True)
    # Shown in the header only; every decision re-reads the account from the database.
    signed_in_name: str = ""
    signed_in_role: str = ""

    def signed_in_account(self) -> Account | None:
        with rx.session() as session:
            account = account_for_token(session, self.auth_token)
        name, role = (account.display_name, account.role) if account else ("", "")
        if (self.signed_in_name, self.signed_in_role) != (name, role):
            self.signed_in_name, self.signed_in_role = name, role
        return account

    def signed_in_as(self, role: str) -> Account | None:
        account = self.signed_in_account()
        return account if account is not None and account.role == role else None

    def _to_sign_in(self) -> rx.event.EventSpec:
        return rx.redirect(f"{SIGN_IN_ROUTE}?next={self.router.url.path}")

    @rx.event
    def check_session(self):
        """on_load of public pages: fill the header."""
        self.signed_in_account()

    @rx.event
    def require_customer(self):
        account = self.signed_in_account()
        if account is None:
            return self._to_sign_in()
        if account.role != "customer":
            return rx.redirect(landing_route(account.role))

    @rx.event
    def require_agent(self):
        account = self.signed_in_account()
        if account is None:
            return self._to_sign_in()
        if account.role != "agent":
            return rx.redirect(landing_route(account.role))

    @rx.event
    def sign_out(self):
        with rx.session() as session:
            end_session(session, self.auth_token)
        self.auth_token = ""
        self.signed_in_name = self.signed_in_role = ""
        return [rx.remove_local_storage(DRAFT_STORAGE_KEY), rx.redirect(SIGN_IN_ROUTE)]


class SignInState(AuthState):
    sign_in_error: str = ""
    signing_in: bool = False

    @rx.event
    async def sign_in(self, form_data: dict):
        username = str(form_data.get("username", ""))[:64]
        password = str(form_data.get("password", ""))[:256]
        if not username.strip() or not password:
            self.sign_in_error = "Enter your username and password."
            return
        self.signing_in = True
        yield
        # bcrypt is deliberately slow: keep it off the event loop.
        with rx.session() as session:
            account = await asyncio.to_thread(authenticate, session, username, password)
            if account is not None:
                name, role = account.display_name, account.role
                token = start_session(session, account)
        self.signing_in = False
        if account is None:
            self.sign_in_error = "That username and password don't match an account."
            return
        self.sign_in_error = ""
        self.auth_token = token
        self.signed_in_name, self.signed_in_role = name, role
        next_path = self.router.url.query_parameters.get("next", "")
        # Only same-site paths: never an open redirect to another host.
        if not next_path.startswith("/") or next_path.startswith("//"):
            next_path = landing_route(role)
        yield rx.redirect(next_path)
