"""The staff web app: handoff queue, conversations, places, referrals, reports (Starlette + Jinja2 + htmx).

`python -m bot.web` serves it on WEB_HOST:WEB_PORT (127.0.0.1:8000); `woonplek run` starts it with the
other servers. Where a request goes: `app.py` (routes, middleware) → `routes/<resource>.py` (one module
per resource, each endpoint wrapped by `auth.requires(permission)`) → `bot/db` repositories → a template
in `templates/`. Who may do what: `roles.py`.
"""
