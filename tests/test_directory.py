"""The directory service: the tenant tree a page at a time, where a node is, search, details."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.cli.main import main
from app.errors import ProrataError
from app.services import directory
from app.services.tenant_view import (DIRECT_REF, HOSTER_REF, AssignedPlan, NodeKind, NodeRef,
                                      SubscriptionLine)
from app.storage.engine import unit_of_work
from tests.tenant_world import build_world


def R(i):
    return NodeRef(NodeKind.RESELLER, i)


def C(i):
    return NodeRef(NodeKind.COMPANY, i)


def U(i):
    return NodeRef(NodeKind.USER, i)


@pytest.fixture
def world(db):
    return build_world(db)


def test_empty_database_has_no_root(db):
    with unit_of_work(db) as s:
        assert directory.root(s) is None


def test_tree_top_levels(db, world):
    with unit_of_work(db) as s:
        root = directory.root(s)
        top = directory.children(s, HOSTER_REF)
    assert (root.name, root.child_count) == ("Northwind Hosting", 3)
    assert [(r.ref, r.name, r.code, r.child_count) for r in top] == [
        (R(world.acme), "Acme Cloud", "acme", 3),
        (R(world.blue), "Blue Reseller", "blue", 0),
        (DIRECT_REF, "Northwind Hosting", None, 1),
    ]


def test_hoster_children_in_pages_end_with_the_direct_group(db, world):
    with unit_of_work(db) as s:
        first = directory.children(s, HOSTER_REF, 0, 2)
        rest = directory.children(s, HOSTER_REF, 2, 2)
    assert [r.name for r in first] == ["Acme Cloud", "Blue Reseller"]
    assert [r.ref for r in rest] == [DIRECT_REF]


def test_companies_by_name_in_pages(db, world):
    with unit_of_work(db) as s:
        page1 = directory.children(s, R(world.acme), 0, 2)
        page2 = directory.children(s, R(world.acme), 2, 2)
        direct = directory.children(s, DIRECT_REF)
        counts = (directory.child_count(s, R(world.acme)), directory.child_count(s, R(world.blue)),
                  directory.child_count(s, DIRECT_REF), directory.child_count(s, C(world.contoso)),
                  directory.child_count(s, HOSTER_REF))
    assert [(r.name, r.code) for r in page1] == [("Alpha Ltd", "a1"), ("Contoso GmbH", "c1")]
    assert [(r.name, r.code) for r in page2] == [("Zeta AG", "z1")]
    assert [r.ref for r in direct] == [C(world.direct)]
    assert counts == (3, 0, 1, 2, 3)


def test_users_by_email(db, world):
    with unit_of_work(db) as s:
        users = directory.children(s, C(world.contoso))
        none = directory.children(s, C(world.zeta))
    assert [(u.ref, u.name, u.code) for u in users] == [
        (U(world.ann), "Ann Lee", "ann@contoso.example"), (U(world.bob), "Bob Ray", "bob@contoso.example")]
    assert none == []


def test_row_and_path_of_a_node(db, world):
    with unit_of_work(db) as s:
        rows = [directory.row_of(s, ref) for ref in
                (HOSTER_REF, R(world.acme), R(world.blue), DIRECT_REF, C(world.alpha), C(world.contoso),
                 C(world.zeta), C(world.direct), U(world.ann), U(world.bob))]
        path = directory.path_to(s, U(world.bob))
        direct_path = directory.path_to(s, C(world.direct))
    assert rows == [0, 0, 1, 2, 0, 1, 2, 0, 0, 1]
    assert path == [HOSTER_REF, R(world.acme), C(world.contoso), U(world.bob)]
    assert direct_path == [HOSTER_REF, DIRECT_REF, C(world.direct)]


def test_path_of_a_missing_company_is_an_error(db, world):
    with unit_of_work(db) as s:
        with pytest.raises(ProrataError) as exc:
            directory.path_to(s, C(99999))
    assert exc.value.messages() == ["no company 99999"]


def test_search_by_code_name_and_email(db, world):
    with unit_of_work(db) as s:
        by_code = directory.search(s, "C1")
        by_name = directory.search(s, "gmbh")
        by_email = directory.search(s, "BOB@")
        mixed = directory.search(s, "conto")
        reseller = directory.search(s, "acme")
        nothing = directory.search(s, "%")
        blank = directory.search(s, "  ")
    assert [(h.ref, h.name, h.context) for h in by_code] == [(C(world.contoso), "Contoso GmbH", "Acme Cloud")]
    assert [h.ref for h in by_name] == [C(world.contoso)]
    assert [(h.ref, h.code, h.context) for h in by_email] == [(U(world.bob), "bob@contoso.example", "Contoso GmbH")]
    assert [h.ref for h in mixed] == [C(world.contoso), U(world.ann), U(world.bob)]
    assert [h.ref for h in reseller] == [R(world.acme)]
    assert nothing == [] and blank == []


def test_search_ignores_the_case_of_accented_letters_on_both_databases(db, world):
    from app.models import Company

    with unit_of_work(db) as s:
        contoso = s.get(Company, world.contoso)
        contoso.name = "Dupont & Associés"
    with unit_of_work(db) as s:
        upper = directory.search(s, "ASSOCIÉS")
        lower = directory.search(s, "associés")
        unaccented = directory.search(s, "associes")
    assert [h.ref for h in upper] == [C(world.contoso)]
    assert [h.ref for h in lower] == [C(world.contoso)]
    assert unaccented == []  # é and e are different letters on both databases


def test_a_search_text_longer_than_any_name_is_refused_in_words(db, world):
    with unit_of_work(db) as s:
        assert len(directory.search(s, "x" * directory.SEARCH_MAX)) == 0
        with pytest.raises(ProrataError) as err:
            directory.search(s, "a(" * 25_000)
    assert "at most 100 characters" in str(err.value) and "50000" in str(err.value)


def test_search_shares_the_limit_between_companies_and_users(db, world):
    with unit_of_work(db) as s:
        hits = directory.search(s, "o", limit=3)
        wider = directory.search(s, "o", limit=5)
    # An "o" in: reseller Acme Cloud; companies Contoso GmbH, Direct One; users ann, bob (emails).
    # The reseller takes one place; companies and users share the other two.
    assert [h.ref for h in hits] == [R(world.acme), C(world.contoso), U(world.ann)]
    assert [h.ref for h in wider] == [R(world.acme), C(world.contoso), C(world.direct), U(world.ann), U(world.bob)]


def test_company_detail_today(db, world):
    with unit_of_work(db) as s:
        d = directory.company_detail(s, world.contoso, today=date(2026, 6, 1), language="de_DE")
    assert (d.code, d.name, d.reseller_name, d.currency, d.language, d.billing_day, d.users) == (
        "c1", "Contoso GmbH", "Acme Cloud", "USD", "de_DE", None, 2)
    assert d.address == ["Hauptstr. 1", "10115 Berlin", "DE"]
    assert d.subscriptions == [
        SubscriptionLine("exchange-basic", "Exchange Basis", "per_user", 1, date(2026, 1, 15)),
        SubscriptionLine("sharepoint-sites", "SharePoint-Websites", "per_unit", 5, date(2026, 2, 1)),
    ]
    h = d.history
    assert h.total == 8
    assert [(r.date, r.type) for r in h.rows] == [
        (date(2026, 5, 1), "currency"), (date(2026, 4, 10), "extra"), (date(2026, 4, 1), "unassign"),
        (date(2026, 3, 1), "quantity"), (date(2026, 2, 1), "subscribe"), (date(2026, 1, 15), "assign"),
        (date(2026, 1, 15), "assign"), (date(2026, 1, 15), "subscribe")]
    extra = h.rows[1]
    assert (extra.amount, extra.currency, extra.description, extra.code) == (
        Decimal("25.00"), "EUR", "Einrichtung", "setup")
    assert (h.rows[0].currency, h.rows[2].user_email, h.rows[3].plan_name, h.rows[3].quantity) == (
        "USD", "bob@contoso.example", "SharePoint-Websites", 5)
    assert [r.user_email for r in h.rows[5:7]] == ["bob@contoso.example", "ann@contoso.example"]


def test_company_detail_before_changes(db, world):
    with unit_of_work(db) as s:
        d = directory.company_detail(s, world.contoso, today=date(2026, 2, 15), language="en")
    assert d.currency == "EUR"
    assert [(x.plan_name, x.quantity) for x in d.subscriptions] == [("Exchange Basic", 2), ("SharePoint Sites", 3)]


def test_company_detail_says_the_billing_day_in_force_on_the_day(db, world):
    from app.services import billing_schedule

    with unit_of_work(db) as s:  # signed up 15/01/2026 on the anniversary; day 1 from the boundary after 20/06
        change = billing_schedule.change_billing_day(s, "c1", 1, on=date(2026, 6, 20))
    assert change.effective == date(2026, 7, 15)
    with unit_of_work(db) as s:
        before = directory.company_detail(s, world.contoso, today=date(2026, 7, 14))
        after = directory.company_detail(s, world.contoso, today=date(2026, 7, 15))
    assert (before.billing_day, before.billing_day_today) == (None, None)
    assert (after.billing_day, after.billing_day_today) == (None, 1)
    with unit_of_work(db) as s:  # and back to the anniversary from the boundary after that
        billing_schedule.change_billing_day(s, "c1", None, on=date(2026, 7, 20))
        back = directory.company_detail(s, world.contoso, today=date(2026, 9, 1))
    assert back.billing_day_today is None


def test_company_detail_says_the_billing_term_in_force_on_the_day(db, world):
    from app.services import billing_schedule

    with unit_of_work(db) as s:  # monthly from 15/01/2026; quarterly from its first boundary after 20/06
        change = billing_schedule.change_term(s, "c1", "quarterly", on=date(2026, 6, 20))
    with unit_of_work(db) as s:
        before = directory.company_detail(s, world.contoso, today=change.effective - timedelta(days=1))
        after = directory.company_detail(s, world.contoso, today=change.effective)
    assert (before.term_today, after.term_today) == ("monthly", "quarterly")
    assert change.effective == date(2026, 7, 15)


def test_history_pages(db, world):
    with unit_of_work(db) as s:
        page = directory.company_history(s, world.contoso, offset=6, limit=5)
        empty = directory.company_history(s, world.zeta)
    assert page.total == 8 and [r.type for r in page.rows] == ["assign", "subscribe"]
    assert (empty.total, empty.rows) == (0, [])


def test_user_detail(db, world):
    with unit_of_work(db) as s:
        ann = directory.user_detail(s, world.ann, today=date(2026, 6, 1))
        bob = directory.user_detail(s, world.bob, today=date(2026, 6, 1))
        bob_before = directory.user_detail(s, world.bob, today=date(2026, 3, 1))
    assert (ann.name, ann.email, ann.company_code, ann.company_name) == (
        "Ann Lee", "ann@contoso.example", "c1", "Contoso GmbH")
    assert ann.plans == [AssignedPlan("Exchange Basic", date(2026, 1, 15))]
    assert bob.plans == []
    assert bob_before.plans == [AssignedPlan("Exchange Basic", date(2026, 1, 15))]


def test_reseller_and_hoster_detail(db, world):
    with unit_of_work(db) as s:
        r = directory.reseller_detail(s, world.acme)
        h = directory.hoster_detail(s)
        g = directory.direct_detail(s)
    assert (r.code, r.name, r.billing_mode, r.currency, r.billing_day, r.companies) == (
        "acme", "Acme Cloud", "reseller_bills", "EUR", 1, 3)
    assert (h.name, h.currencies, h.resellers, h.companies, h.direct_companies, h.users) == (
        "Northwind Hosting", ["EUR", "USD"], 2, 4, 1, 2)
    assert h.address == ["1 Harbour St", "LS1 1AA Leeds", "GB"]
    assert (g.hoster_name, g.companies) == ("Northwind Hosting", 1)


def test_cli_search(sqlite_db, capsys):
    build_world(sqlite_db)
    url = str(sqlite_db.url)
    assert main(["search", "conto", "--db", url]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        "company   c1                              Contoso GmbH  (Acme Cloud)",
        "user      ann@contoso.example             Ann Lee  (Contoso GmbH)",
        "user      bob@contoso.example             Bob Ray  (Contoso GmbH)",
    ]
    assert main(["search", "nobody-here", "--db", url]) == 1
    assert "no reseller, company or user matches 'nobody-here'" in capsys.readouterr().out
