"""The sandbox seed: deterministic, valid VAT numbers, the walkthrough's buyers, fast."""

from __future__ import annotations

from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session
from stdnum import get_cc_module

from portal.sandbox.demo import seed
from portal.store import models as m
from portal.store.models import Base
from wire.text import fold


def seeded(n: int) -> Session:
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    session = Session(engine)
    seed(session, generated_buyers=n)
    session.commit()
    return session


def test_seed_is_deterministic_and_valid() -> None:
    a, b = seeded(200), seeded(200)
    rows_a = a.execute(
        select(m.Buyer.id, m.Buyer.name, m.Buyer.network_number, m.Buyer.vat_number).order_by(
            m.Buyer.id
        )
    ).all()
    rows_b = b.execute(
        select(m.Buyer.id, m.Buyer.name, m.Buyer.network_number, m.Buyer.vat_number).order_by(
            m.Buyer.id
        )
    ).all()
    assert rows_a == rows_b and len(rows_a) > 200
    buyers = a.scalars(select(m.Buyer)).all()
    numbers = [x.network_number for x in buyers]
    assert len(set(numbers)) == len(numbers)
    assert all(n.startswith("AAA") and len(n) == 12 and n[3:].isdigit() for n in numbers)
    with_vat = [x for x in buyers if x.vat_number]
    assert len(with_vat) > 100
    for x in with_vat:
        module = get_cc_module(x.vat_number[:2].lower(), "vat")
        assert module is not None and module.is_valid(x.vat_number), x.vat_number
        assert x.vat_compact and x.vat_number.endswith(x.vat_compact)
        assert not x.vat_compact.startswith(x.country) or x.country in ("AT",)
    assert all(x.name_folded == fold(x.name) for x in buyers)
    assert {x.country for x in buyers} >= {"PL", "DE", "FR", "IT", "GB", "SE", "MY", "GG", "BG"}
    assert any(x.shares_invoice_history for x in buyers)
    assert any(x.sandbox_resolution == "rejected" for x in buyers)


def test_walkthrough_buyers() -> None:
    s = seeded(0)
    tech = s.scalars(select(m.Buyer).where(m.Buyer.network_number == "AAA206515132")).one()
    assert tech.name == "Technical Services Test Buyer 17" and tech.country == "MY"
    assert tech.group is not None and len(tech.group.buyers) == 1
    group = s.scalars(
        select(m.BuyerGroup).where(m.BuyerGroup.name.like("%ALL COMPANIES GROUP"))
    ).one()
    assert len(group.buyers) == 7 and {"GB", "DE", "BG", "GG"} <= {b.country for b in group.buyers}
    demo = s.scalars(select(m.Buyer).where(m.Buyer.name == "Demonstration Example Buyer")).one()
    assert demo.shares_invoice_history
    assert s.scalars(select(m.BuyerInvoice).where(m.BuyerInvoice.buyer_id == demo.id)).first()
    assert s.scalars(select(m.Buyer).where(m.Buyer.name_folded.like("%lodz%"))).first()
    assert s.scalars(select(m.Buyer).where(m.Buyer.name_folded.like("zolta%"))).first()


def test_seed_of_3000_buyers_makes_them_all() -> None:
    s = seeded(3000)
    assert len(s.scalars(select(m.Buyer.id)).all()) >= 3000
