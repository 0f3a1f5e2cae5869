"""The production server's cache headers, through Reflex's own frontend mount
and the app's middleware in the order Reflex applies it (as `reflex run --env
prod` serves the build on one port)."""

import pytest
from starlette.applications import Starlette
from starlette.testclient import TestClient

from support_studio.asset_cache import IMMUTABLE, versioned

BUNDLE = "entry.client-Ab12Cd34.js"


@pytest.fixture
def production_client(tmp_path, monkeypatch):
    build = tmp_path / "build" / "client"
    (build / "assets").mkdir(parents=True)
    (build / "assets" / BUNDLE).write_text("console.log('hi')")
    (build / "index.html").write_text("<!doctype html><title>Studio</title>")
    (build / "logo.svg").write_text("<svg/>")
    monkeypatch.setenv("REFLEX_WEB_WORKDIR", str(tmp_path))

    from reflex.utils.exec import get_frontend_mount

    from support_studio.support_studio import app

    asgi_app = Starlette(routes=[get_frontend_mount()])
    # The middleware the app wraps itself in, in order (the attachment routes, a Starlette app
    # mounted beside the frontend, are left out: mounting into the app's own would start it).
    for transformer in app.api_transformer:
        if not isinstance(transformer, Starlette):
            asgi_app = transformer(asgi_app)
    with TestClient(asgi_app) as client:
        yield client


def test_hashed_build_files_are_kept_a_year_without_asking_again(production_client):
    first = production_client.get(f"/assets/{BUNDLE}")
    assert first.status_code == 200
    assert first.text == "console.log('hi')"
    assert first.headers["cache-control"] == IMMUTABLE[1].decode()
    again = production_client.get(f"/assets/{BUNDLE}", headers={"if-none-match": first.headers["etag"]})
    assert again.status_code == 304
    assert again.headers["cache-control"] == IMMUTABLE[1].decode()


def test_the_apps_own_files_by_their_versioned_address_are_kept_a_year(production_client):
    address = versioned("/logo.svg")
    assert address.startswith("/logo.svg?v=")
    response = production_client.get(address)
    assert response.status_code == 200
    assert response.text == "<svg/>"
    assert response.headers["cache-control"] == IMMUTABLE[1].decode()


@pytest.mark.parametrize(
    "path",
    ["/", "/logo.svg", "/logo.svg?v=0000000000000000", versioned("/logo.svg") + "&x=1", "/assets/missing-00000000.js"],
)
def test_pages_public_files_and_missing_files_are_not_kept(production_client, path):
    response = production_client.get(path)
    assert "immutable" not in response.headers.get("cache-control", "")
