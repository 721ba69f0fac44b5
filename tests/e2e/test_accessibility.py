"""axe-core (WCAG 2.2 AA rules) and a 320 px width check on every page type and form.

The pages come from the demo hub served on loopback (see ``demo_server``), in both
languages, signed out and signed in as a demo institution representative.
"""

import json
from pathlib import Path

import pytest

from .conftest import SCREENSHOT_DIR
from .demo_server import demo_urls, prepare_demo, signed_in_session_key, start_demo_server

AXE_SCRIPT = Path(__file__).resolve().parent / "node_modules" / "axe-core" / "axe.min.js"
WCAG_22_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
NARROW_WIDTH = 320


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    if not AXE_SCRIPT.exists():
        pytest.skip("axe-core is missing; run npm install --prefix tests/e2e (make e2e does).")
    prepare_demo()
    process, log = start_demo_server(tmp_path_factory.mktemp("demo") / "server.log")
    try:
        from .demo_server import DEMO_ADDRESS

        yield {
            "base_url": f"http://{DEMO_ADDRESS}",
            "urls": demo_urls(),
            "session_key": signed_in_session_key(),
        }
    finally:
        process.terminate()
        process.wait(timeout=20)
        log.close()


def _axe_violations(page):
    page.add_script_tag(path=str(AXE_SCRIPT))
    result = page.evaluate(
        """async (tags) => {
            const result = await axe.run(document, {runOnly: {type: "tag", values: tags}});
            return result.violations.map((violation) => ({
                id: violation.id,
                impact: violation.impact,
                nodes: violation.nodes.map((node) => node.target.join(" ")).slice(0, 5),
            }));
        }""",
        WCAG_22_AA_TAGS,
    )
    return result


def _scrolls_sideways(page):
    return page.evaluate(
        "() => document.documentElement.scrollWidth > document.documentElement.clientWidth"
    )


def _check_pages(browser, demo, paths, *, signed_in, folder):
    # The site's CSP forbids injected scripts, so the checking contexts bypass it.
    context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
    narrow = browser.new_context(viewport={"width": NARROW_WIDTH, "height": 800})
    if signed_in:
        cookie = {
            "name": "sessionid",
            "value": demo["session_key"],
            "url": demo["base_url"],
        }
        context.add_cookies([cookie])
        narrow.add_cookies([cookie])
    wide_page = context.new_page()
    narrow_page = narrow.new_page()
    folder.mkdir(parents=True, exist_ok=True)
    problems = {}
    try:
        for name, path in paths.items():
            response = wide_page.goto(demo["base_url"] + path)
            assert response is not None
            if response.status >= 500:
                problems[path] = f"status {response.status}"
                continue
            violations = _axe_violations(wide_page)
            if violations:
                problems[path] = violations
            narrow_page.goto(demo["base_url"] + path)
            narrow_page.screenshot(path=str(folder / f"{name}-320.png"), full_page=True)
            if _scrolls_sideways(narrow_page):
                problems.setdefault(path, []).append({"id": "scrolls sideways at 320 px"})
    finally:
        context.close()
        narrow.close()
    return problems


@pytest.mark.parametrize("language", ["sl", "en"])
def test_public_pages_have_no_violations_signed_out(browser, demo, language):
    paths = demo["urls"][language]["public"]

    problems = _check_pages(
        browser, demo, paths, signed_in=False, folder=SCREENSHOT_DIR / f"axe-{language}-anonymous"
    )

    assert problems == {}, json.dumps(problems, indent=1, ensure_ascii=False)


@pytest.mark.parametrize("language", ["sl", "en"])
def test_pages_and_forms_have_no_violations_signed_in(browser, demo, language):
    urls = demo["urls"][language]
    paths = {**urls["public"], **urls["members"]}
    for name in ("SignIn", "SignUp", "PasswordReset"):
        paths.pop(name)

    problems = _check_pages(
        browser, demo, paths, signed_in=True, folder=SCREENSHOT_DIR / f"axe-{language}-member"
    )

    assert problems == {}, json.dumps(problems, indent=1, ensure_ascii=False)
