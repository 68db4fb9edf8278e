"""axe-core (shipped inside axe-playwright-python) against the page a test has open."""

from axe_playwright_python.sync_playwright import Axe

WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
_axe = Axe()


def assert_no_axe_violations(page):
    """Fails with axe's own report when any WCAG 2.1 A/AA rule is violated."""
    results = _axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_21_AA}, "resultTypes": ["violations"]})
    assert results.violations_count == 0, f"axe found violations on {page.url}:\n{results.generate_report()}"
