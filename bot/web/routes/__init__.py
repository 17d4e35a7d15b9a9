"""One module per resource; each exposes `routes`, and every endpoint is wrapped in `auth.requires` or `auth.public`."""
