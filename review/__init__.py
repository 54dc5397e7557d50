"""The analysts' review application (issue 7): a web front on the results database.

Analysts work through what the pipeline flagged (fail, incomplete, review), see each
check with its reason and evidence boxes on the rendered page, correct a misread
field (the application's checks are run again at once), override a decision with a
note and mark an application handled. Every action is written to `audit_log`.

The public surface:

    create_app(db_url, inbox=None, cache=None, state=None, secure_cookies=False) -> FastAPI
                                                               the web application
    add_user(engine, name, password), authenticate(engine, name, password), remove_user(engine, name)
    session_key(state) -> str                                  the cookie-signing key, kept outside the database
    queue(engine, QueueFilter) -> Queue                        applications needing action
    dossier(engine, application_id, revealed) -> Dossier       one application's page
    correct_field, override_decision, mark_handled, reveal_bsn the analyst's actions
    render_page(path, sha256, page, cache) -> bytes            a page as PNG

The tables it adds (users, settings, review_states, corrections, audit_log,
review_sessions, login_failures) are in `woondossier.schema` and its migrations 0003, 0004.
"""

from review.accounts import add_user, authenticate, remove_user
from review.actions import correct_field, mark_handled, override_decision, reveal_bsn
from review.app import create_app
from review.dossier import Dossier, dossier
from review.keys import session_key
from review.pages import render_page
from review.queue import Queue, QueueFilter, queue

__all__ = [
    "Dossier", "Queue", "QueueFilter", "add_user", "authenticate", "correct_field", "create_app",
    "dossier", "mark_handled", "override_decision", "queue", "remove_user", "render_page", "reveal_bsn", "session_key",
]  # fmt: skip
