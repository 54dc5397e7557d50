"""The review web application: FastAPI routes over `review`'s functions, Jinja2 pages.

Access: every page needs a logged-in analyst (else a redirect to /login); every POST
needs the session's CSRF token in the form (else 403), the login form included.
Sessions are kept server-side (`review.sessions`): the cookie, signed by Starlette's
SessionMiddleware with the key of `review.keys`, carries the session's token, or an
anonymous visitor's CSRF token for the login form; logout ends the session and every
request checks it and its user. Logins are throttled (`review.throttle`) and every
attempt is audited with the address it came from. Every response tells the browser
to keep nothing and to run only this application's own script (`_SECURITY_HEADERS`).
"""

from __future__ import annotations

import secrets
from collections import Counter
from datetime import date
from pathlib import Path
from urllib.parse import quote, urlencode

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.middleware.sessions import SessionMiddleware

from review.accounts import authenticate
from review.actions import correct_field, mark_handled, override_decision, reveal_bsn
from review.audit import log_event
from review.dossier import bsn_boxes, dossier, page_sheet, revealed_files
from review.keys import default_state_dir, private_dir, session_key
from review.pages import find_file, render_page
from review.queue import QueueFilter, queue
from review.sessions import SESSION_HOURS, AnalystSession, current_session, end_session, remember_revealed, start_session
from review.throttle import forget_failures, record_failure, wait_before_login
from woondossier.errors import ReviewError
from woondossier.schema import ApplicationRow, FileRow, RunRow
from woondossier.store import Store

HERE = Path(__file__).parent
COOKIE = "woondossier_session"
SECURE_COOKIE = "__Host-woondossier_session"  # the __Host- prefix: Secure, path /, no Domain, or the browser drops it
_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
_SECURITY_HEADERS = [
    (b"content-security-policy", _CSP.encode()),
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
]
_NO_STORE = [(b"cache-control", b"no-store"), (b"pragma", b"no-cache")]
_HSTS = (b"strict-transport-security", b"max-age=31536000")


class _Refused(Exception):
    """A request without a login or without the right CSRF token."""

    def __init__(self, login: bool) -> None:
        self.login = login


class _SecurityHeaders:
    """Adds `_SECURITY_HEADERS` to every response and `Cache-Control: no-store` to all but /static."""

    def __init__(self, app, secure: bool) -> None:
        self.app, self.secure = app, secure

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        extra = _SECURITY_HEADERS + ([_HSTS] if self.secure else [])
        if not scope["path"].startswith("/static/"):
            extra = extra + _NO_STORE

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                names = {name for name, _ in extra}
                kept = [(k, v) for k, v in message.get("headers", []) if k.lower() not in names]
                message = {**message, "headers": kept + extra}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(
    db_url: str, inbox: Path | None = None, cache: Path | None = None, state: Path | None = None, secure_cookies: bool = False
) -> FastAPI:
    """The application on `db_url`; `state` is the service's own directory (key, page cache), `cache` another cache folder.

    `secure_cookies`: for a deployment behind HTTPS; the cookie is sent over HTTPS only.
    """
    store = Store(db_url)  # brings the schema up to date, review tables included
    engine = store.engine
    state = private_dir(state or default_state_dir())
    cache = private_dir(cache or state / "pages")
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    app = FastAPI(title="woondossier review", docs_url=None, redoc_url=None, openapi_url=None)
    app.add_middleware(
        SessionMiddleware, secret_key=session_key(state), session_cookie=SECURE_COOKIE if secure_cookies else COOKIE,
        max_age=SESSION_HOURS * 3600, same_site="strict", https_only=secure_cookies,
    )  # fmt: skip
    app.add_middleware(_SecurityHeaders, secure=secure_cookies)
    checking: Counter[str] = Counter()  # account -> logins whose password is being checked now (one process)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.exception_handler(_Refused)
    async def _refused(request: Request, exc: _Refused) -> Response:
        if exc.login and request.method == "GET":
            return RedirectResponse(f"/login?{urlencode({'next': request.url.path})}", status_code=303)
        return HTMLResponse("Forbidden: log in and use the forms of this application.", status_code=403)

    def _analyst(request: Request) -> AnalystSession | None:
        """The request's live session, looked up once per request; a cookie of an ended one is dropped."""
        if not hasattr(request.state, "analyst"):
            token = request.session.get("sid")
            request.state.analyst = current_session(engine, token)
            if token and request.state.analyst is None:
                request.session.clear()
        return request.state.analyst

    def _user(request: Request) -> AnalystSession:
        analyst = _analyst(request)
        if analyst is None:
            raise _Refused(login=True)
        return analyst

    def _csrf(request: Request) -> str:
        analyst = _analyst(request)
        if analyst is not None:
            return analyst.csrf
        token = request.session.get("csrf")
        if not token:
            token = request.session["csrf"] = secrets.token_urlsafe(32)
        return token

    async def _form(request: Request, login_required: bool = True) -> tuple[AnalystSession | None, dict[str, str]]:
        """The form of a POST, after the login and CSRF checks."""
        analyst = _analyst(request)
        if login_required and analyst is None:
            raise _Refused(login=True)
        form = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
        expected = analyst.csrf if analyst is not None else request.session.get("csrf")
        if not expected or not secrets.compare_digest(form.get("csrf_token", ""), expected):
            raise _Refused(login=False)
        return analyst, form

    def _page(request: Request, name: str, status: int = 200, headers: dict[str, str] | None = None, **context) -> HTMLResponse:
        analyst = _analyst(request)
        context.update(user=analyst.user if analyst else None, csrf_token=_csrf(request))
        return templates.TemplateResponse(request, name, context, status_code=status, headers=headers)

    def _back(application_id: str, message: str = "", error: str = "") -> RedirectResponse:
        query = urlencode({k: v for k, v in (("message", message), ("error", error)) if v})
        return RedirectResponse(f"/applications/{quote(application_id)}{'?' + query if query else ''}", status_code=303)

    # --- login -------------------------------------------------------------------------

    @app.get("/login", response_class=HTMLResponse)
    def login_page(request: Request, next: str = "/"):
        return _page(request, "login.html", next=_local(next), error="")

    @app.post("/login")
    async def login(request: Request):
        _, form = await _form(request, login_required=False)
        name, address = form.get("username", "")[:100], request.client.host if request.client else "unknown"
        account = name or "(empty)"
        target = form.get("next", "/")
        wait = wait_before_login(engine, account, address, pending=checking[account])
        if wait:
            seconds = max(1, round(wait.total_seconds()))
            log_event(engine, account, "login_throttled", note=f"from {address}; {seconds} s to wait")
            return _page(request, "login.html", status=429, headers={"Retry-After": str(seconds)}, next=target,
                         error=f"Te veel mislukte pogingen. Probeer het over {seconds} seconden opnieuw.")  # fmt: skip
        # Counted as pending with no await since the wait was read, so guesses sent in parallel see each other.
        checking[account] += 1
        try:
            user = await run_in_threadpool(authenticate, engine, name, form.get("password", ""))  # argon2: off the event loop
        finally:
            checking[account] -= 1
        if user is None:
            record_failure(engine, account, address)
            log_event(engine, account, "login_failed", note=f"from {address}")
            return _page(request, "login.html", status=401, next=target, error="Onbekende naam of verkeerd wachtwoord.")
        forget_failures(engine, account)
        previous = _analyst(request)
        if previous is not None:
            end_session(engine, previous.id)
        request.session.clear()  # a new session at login: no fixation of an anonymous one
        request.session["sid"] = start_session(engine, user)
        log_event(engine, user, "login", note=f"from {address}")
        return RedirectResponse(_local(target), status_code=303)

    @app.post("/logout")
    async def logout(request: Request):
        analyst, _ = await _form(request)
        end_session(engine, analyst.id)
        log_event(engine, analyst.user, "logout")
        request.session.clear()
        return RedirectResponse("/login", status_code=303)

    # --- queue ---------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse)
    def queue_page(
        request: Request, decision: str = "", type: str = "", corporation: str = "", check: str = "",
        since: str = "", until: str = "", handled: str = "",
    ):  # fmt: skip
        analyst = _user(request)
        wanted = QueueFilter(
            decision=decision or None, type=type or None, corporation=corporation or None, check=check or None,
            since=_date(since), until=_date(until), handled=handled == "1",
        )  # fmt: skip
        return _page(request, "queue.html", queue=queue(engine, wanted), wanted=wanted, analyst=analyst.user)

    # --- one application -------------------------------------------------------------------

    @app.get("/applications/{application_id}", response_class=HTMLResponse)
    def application_page(request: Request, application_id: str, message: str = "", error: str = ""):
        _user(request)
        try:
            view = dossier(engine, application_id, frozenset(_revealed(request, application_id)))
        except ReviewError as exc:
            return _page(request, "error.html", status=404, error=exc.message)
        sheets = _sheets(application_id, view, _revealed(request, application_id))
        return _page(request, "application.html", d=view, sheets=sheets, message=message, error=error)

    def _revealed(request: Request, application_id: str) -> list[str]:
        return _user(request).revealed.get(application_id, [])

    def _redact(request: Request, application_id: str, file: str, page: int):
        if file in revealed_files(_revealed(request, application_id)):
            return None
        return bsn_boxes(engine, application_id, file, page)

    def _sheets(application_id: str, view, revealed: list[str]) -> dict[tuple[str, int], tuple[float, float] | str]:
        """Each page's size in points (its PNG rendered into the cache on the way), or why it cannot be shown."""
        with Session(engine) as session:
            shas = dict(session.execute(select(FileRow.file, FileRow.sha256).where(FileRow.application_id == application_id)).all())
            app_row = session.get(ApplicationRow, application_id)
            run = session.get(RunRow, app_row.run_id)
        sheets: dict[tuple[str, int], tuple[float, float] | str] = {}
        paths: dict[str, Path] = {}  # each file found and its SHA-256 checked once, not once per page
        for p in view.pages:
            try:
                if p.file not in paths:
                    paths[p.file] = find_file(inbox or Path(run.inbox), application_id, p.file, shas[p.file])
                path = paths[p.file]
                redact = None if p.file in revealed_files(revealed) else bsn_boxes(engine, application_id, p.file, p.page)
                rendered = render_page(path, shas[p.file], p.page, cache, redact, page_sheet(engine, application_id, p.file, p.page))
                sheets[p.file, p.page] = (rendered.width, rendered.height)
            except ReviewError as exc:
                sheets[p.file, p.page] = exc.message
        return sheets

    @app.get("/applications/{application_id}/page.png")
    def page_image(request: Request, application_id: str, file: str, page: int):
        _user(request)
        with Session(engine) as session:
            row = session.scalar(select(FileRow).where(FileRow.application_id == application_id, FileRow.file == file))
            app_row = session.get(ApplicationRow, application_id)
            run = session.get(RunRow, app_row.run_id) if app_row else None
        if row is None or run is None:
            return Response("no such file", status_code=404, media_type="text/plain")
        try:
            path = find_file(inbox or Path(run.inbox), application_id, file, row.sha256)
            rendered = render_page(path, row.sha256, page, cache, _redact(request, application_id, file, page), page_sheet(engine, application_id, file, page))
        except ReviewError as exc:
            return Response(exc.message, status_code=404, media_type="text/plain")
        return Response(rendered.png, media_type="image/png")  # no-store, as every page: it may show a BSN

    @app.post("/applications/{application_id}/correct")
    async def correct(request: Request, application_id: str):
        analyst, form = await _form(request)
        try:
            before, after = await run_in_threadpool(correct_field, engine, application_id, form.get("key", ""), form.get("value", ""), analyst.user)
        except ReviewError as exc:
            return _back(application_id, error=exc.message)
        return _back(application_id, message=f"Gecorrigeerd en opnieuw gecontroleerd: besluit {before} → {after}.")

    @app.post("/applications/{application_id}/override")
    async def override(request: Request, application_id: str):
        analyst, form = await _form(request)
        try:
            await run_in_threadpool(override_decision, engine, application_id, form.get("decision", ""), form.get("note", ""), analyst.user)
        except ReviewError as exc:
            return _back(application_id, error=exc.message)
        return _back(application_id, message=f"Besluit overschreven: {form.get('decision')}.")

    @app.post("/applications/{application_id}/handled")
    async def handled(request: Request, application_id: str):
        analyst, _ = await _form(request)
        try:
            await run_in_threadpool(mark_handled, engine, application_id, analyst.user)
        except ReviewError as exc:
            return _back(application_id, error=exc.message)
        return _back(application_id, message="Afgehandeld: de aanvraag staat niet meer in de wachtrij.")

    @app.post("/applications/{application_id}/reveal")
    async def reveal(request: Request, application_id: str):
        analyst, form = await _form(request)
        try:
            key = await run_in_threadpool(reveal_bsn, engine, application_id, form.get("key", ""), analyst.user)
        except ReviewError as exc:
            return _back(application_id, error=exc.message)
        remember_revealed(engine, analyst.id, application_id, key)
        return _back(application_id)

    return app


def _local(target: str) -> str:
    """A path of this application to go to after login, else "/".

    Never "//host", "/\\host", or a path with a tab or line break in it (browsers drop
    those, and read what is left, "//host", as another site).
    """
    return target if target.startswith("/") and not target.startswith("//") and "\\" not in target and target.isprintable() else "/"


def _date(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None
