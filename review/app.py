"""The review web application: FastAPI routes over `review`'s functions, Jinja2 pages.

Access: every page needs a logged-in analyst (else a redirect to /login); every POST
needs a session and the session's CSRF token in the form (else 403), the login form
included. Sessions are signed cookies (Starlette's SessionMiddleware, itsdangerous)
with the key from `session_secret`; logging in starts a fresh session with a new token.
"""

from __future__ import annotations

import secrets
import tempfile
from datetime import date
from pathlib import Path
from urllib.parse import quote, urlencode

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.middleware.sessions import SessionMiddleware

from review.accounts import authenticate, session_secret
from review.actions import correct_field, mark_handled, override_decision, reveal_bsn
from review.audit import log_event
from review.dossier import bsn_boxes, dossier, page_sheet, revealed_files
from review.pages import find_file, render_page
from review.queue import QueueFilter, queue
from woondossier.errors import ReviewError
from woondossier.schema import ApplicationRow, FileRow, RunRow
from woondossier.store import Store

HERE = Path(__file__).parent
SESSION_HOURS = 8


class _Refused(Exception):
    """A request without a login or without the right CSRF token."""

    def __init__(self, login: bool) -> None:
        self.login = login


def create_app(db_url: str, inbox: Path | None = None, cache: Path | None = None) -> FastAPI:
    store = Store(db_url)  # brings the schema up to date, review tables included
    engine = store.engine
    cache = cache or Path(tempfile.gettempdir()) / "woondossier-review-pages"
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    app = FastAPI(title="woondossier review", docs_url=None, redoc_url=None, openapi_url=None)
    app.add_middleware(
        SessionMiddleware, secret_key=session_secret(engine), session_cookie="woondossier_session",
        max_age=SESSION_HOURS * 3600, same_site="strict", https_only=False,
    )  # fmt: skip
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.exception_handler(_Refused)
    async def _refused(request: Request, exc: _Refused) -> Response:
        if exc.login and request.method == "GET":
            return RedirectResponse(f"/login?{urlencode({'next': request.url.path})}", status_code=303)
        return HTMLResponse("Forbidden: log in and use the forms of this application.", status_code=403)

    def _user(request: Request) -> str:
        user = request.session.get("user")
        if not user:
            raise _Refused(login=True)
        return user

    def _csrf(request: Request) -> str:
        token = request.session.get("csrf")
        if not token:
            token = request.session["csrf"] = secrets.token_urlsafe(32)
        return token

    async def _form(request: Request, login_required: bool = True) -> tuple[str | None, dict[str, str]]:
        """The form of a POST, after the login and CSRF checks."""
        user = request.session.get("user")
        if login_required and not user:
            raise _Refused(login=True)
        form = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
        expected = request.session.get("csrf")
        if not expected or not secrets.compare_digest(form.get("csrf_token", ""), expected):
            raise _Refused(login=False)
        return user, form

    def _page(request: Request, name: str, status: int = 200, **context) -> HTMLResponse:
        context.update(user=request.session.get("user"), csrf_token=_csrf(request))
        return templates.TemplateResponse(request, name, context, status_code=status)

    def _back(application_id: str, message: str = "", error: str = "") -> RedirectResponse:
        query = urlencode({k: v for k, v in (("message", message), ("error", error)) if v})
        return RedirectResponse(f"/applications/{quote(application_id)}{'?' + query if query else ''}", status_code=303)

    # --- login -------------------------------------------------------------------------

    @app.get("/login", response_class=HTMLResponse)
    def login_page(request: Request, next: str = "/"):
        return _page(request, "login.html", next=next if next.startswith("/") else "/", error="")

    @app.post("/login")
    async def login(request: Request):
        _, form = await _form(request, login_required=False)
        name = form.get("username", "")
        user = authenticate(engine, name, form.get("password", ""))
        target = form.get("next", "/")
        if user is None:
            log_event(engine, name[:100] or "(empty)", "login_failed")
            return _page(request, "login.html", status=401, next=target, error="Onbekende naam of verkeerd wachtwoord.")
        request.session.clear()  # a new session at login: no fixation of an anonymous one
        request.session.update(user=user, csrf=secrets.token_urlsafe(32), revealed={})
        log_event(engine, user, "login")
        return RedirectResponse(target if target.startswith("/") and not target.startswith("//") else "/", status_code=303)

    @app.post("/logout")
    async def logout(request: Request):
        user, _ = await _form(request)
        log_event(engine, user, "logout")
        request.session.clear()
        return RedirectResponse("/login", status_code=303)

    # --- queue ---------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse)
    def queue_page(
        request: Request, decision: str = "", type: str = "", corporation: str = "", check: str = "",
        since: str = "", until: str = "", handled: str = "",
    ):  # fmt: skip
        user = _user(request)
        wanted = QueueFilter(
            decision=decision or None, type=type or None, corporation=corporation or None, check=check or None,
            since=_date(since), until=_date(until), handled=handled == "1",
        )  # fmt: skip
        return _page(request, "queue.html", queue=queue(engine, wanted), wanted=wanted, analyst=user)

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
        return request.session.get("revealed", {}).get(application_id, [])

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
        for p in view.pages:
            try:
                path = find_file(inbox or Path(run.inbox), application_id, p.file, shas[p.file])
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
        return Response(rendered.png, media_type="image/png", headers={"Cache-Control": "private, max-age=3600"})

    @app.post("/applications/{application_id}/correct")
    async def correct(request: Request, application_id: str):
        user, form = await _form(request)
        try:
            before, after = correct_field(engine, application_id, form.get("key", ""), form.get("value", ""), user)
        except ReviewError as exc:
            return _back(application_id, error=exc.message)
        return _back(application_id, message=f"Gecorrigeerd en opnieuw gecontroleerd: besluit {before} → {after}.")

    @app.post("/applications/{application_id}/override")
    async def override(request: Request, application_id: str):
        user, form = await _form(request)
        try:
            override_decision(engine, application_id, form.get("decision", ""), form.get("note", ""), user)
        except ReviewError as exc:
            return _back(application_id, error=exc.message)
        return _back(application_id, message=f"Besluit overschreven: {form.get('decision')}.")

    @app.post("/applications/{application_id}/handled")
    async def handled(request: Request, application_id: str):
        user, _ = await _form(request)
        try:
            mark_handled(engine, application_id, user)
        except ReviewError as exc:
            return _back(application_id, error=exc.message)
        return _back(application_id, message="Afgehandeld: de aanvraag staat niet meer in de wachtrij.")

    @app.post("/applications/{application_id}/reveal")
    async def reveal(request: Request, application_id: str):
        user, form = await _form(request)
        try:
            key = reveal_bsn(engine, application_id, form.get("key", ""), user)
        except ReviewError as exc:
            return _back(application_id, error=exc.message)
        revealed = dict(request.session.get("revealed", {}))
        revealed[application_id] = sorted(set(revealed.get(application_id, [])) | {key})
        request.session["revealed"] = revealed
        return _back(application_id)

    return app


def _date(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None
