"""Constructors that skip validators a loader already ran (``wspolpraca._construct``)."""

from __future__ import annotations

import re
import typing
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from wspolpraca import Organisation, PriorityTask, Unit
from wspolpraca._construct import make_constructor, quick_test, supports_constructor, wire_rule
from wspolpraca.errors import InconsistentError, InvalidValueError, ValidationError
from wspolpraca.serialization import DOCUMENT_KINDS

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _model_classes() -> list[type[Any]]:
    seen: dict[type[Any], None] = {}

    def walk(cls: type[Any]) -> None:
        if cls in seen:
            return
        seen[cls] = None
        attrs.resolve_types(cls)
        for field in attrs.fields(cls):
            for arg in (field.type, *typing.get_args(field.type)):
                for inner in (arg, *typing.get_args(arg)):
                    if attrs.has(inner):
                        walk(inner)

    for cls in DOCUMENT_KINDS.values():
        walk(cls)
    return list(seen)


MODEL_CLASSES = _model_classes()


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda cls: cls.__name__)
def test_every_default_satisfies_its_validator(cls: type[Any]) -> None:
    """Loaders do not validate absent fields, so every default must pass its validator."""
    refused = []
    for field in attrs.fields(cls):
        if field.validator is None or field.default is attrs.NOTHING:
            continue
        default = field.default
        value = default.factory() if isinstance(default, attrs.Factory) else default  # type: ignore[arg-type]
        try:
            field.validator(None, field, value)
        except ValidationError:
            refused.append(field.name)
    assert refused == []


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda cls: cls.__name__)
def test_every_default_is_converted_already(cls: type[Any]) -> None:
    """Loaders do not convert absent fields, so every default must be its own converted form."""
    for field in attrs.fields(cls):
        if field.converter is None or field.default is attrs.NOTHING:
            continue
        assert field.converter(field.default) == field.default


def test_constructor_builds_what_init_builds() -> None:
    """With nothing done, the constructor equals the class: defaults, converters, validators."""
    construct = make_constructor(Organisation, done=lambda _: False)

    built = construct(name="Fundacja", nip="676-123-45-65")

    assert built == Organisation(name="Fundacja", nip="676-123-45-65")
    assert built.nip == "6761234565"
    assert type(built) is Organisation
    with pytest.raises(InvalidValueError, match="empty"):
        construct(name=" ")


def test_done_validators_are_skipped() -> None:
    """A validator the loader already ran is not run again."""
    construct = make_constructor(PriorityTask, done=lambda field: field.name == "title")

    assert construct(title=" ").title == " "
    with pytest.raises(InvalidValueError):
        construct(title="x", planned_amount=Decimal(-1))


def test_done_fields_are_not_converted() -> None:
    """A field whose value is final keeps it: its converter does not run again."""
    construct = make_constructor(Organisation, done=lambda field: field.name == "nip")

    assert construct(name="x", nip="676-123-45-65").nip == "676-123-45-65"


def test_post_init_runs() -> None:
    """Invariants in ``__attrs_post_init__`` run whatever is done."""
    construct = make_constructor(Unit, done=lambda _: True)

    with pytest.raises(InconsistentError):
        construct(name="Kraków", teryt="12", level="city_with_county_rights")


def test_constructor_is_named_after_its_class() -> None:
    """cattrs names its errors after the constructor: it carries the class's names."""
    construct = make_constructor(Unit, done=lambda _: True)

    assert (construct.__name__, construct.__qualname__) == ("Unit", "Unit")
    assert construct.model is Unit  # type: ignore[attr-defined]


_RULED = [(cls, field) for cls in MODEL_CLASSES for field in attrs.fields(cls) if wire_rule(field)]


@pytest.mark.parametrize(
    ("cls", "field"), _RULED, ids=[f"{c.__name__}.{f.name}" for c, f in _RULED]
)
def test_wire_rules_accept_exactly_what_validators_accept(cls: type[Any], field: Any) -> None:
    """A declared wire rule (checked by the fast path instead of the validator) is exact."""
    rule = wire_rule(field)
    accepts = quick_test(field)
    assert rule is not None
    assert accepts is not None
    known = sorted(rule.codes or ())[:5]
    items = st.one_of(st.text(max_size=6), st.sampled_from([*known, " ", "\u00a0x", "16\n"]))

    @given(st.lists(items, min_size=1, max_size=3) if rule.many else items)
    def exact(drawn: Any) -> None:
        value = tuple(drawn) if rule.many else drawn
        try:
            field.validator(None, field, value)
        except ValidationError:
            valid = False
        else:
            valid = True
        assert bool(accepts(value)) == valid

    exact()


def test_model_declares_wire_rules() -> None:
    """Text, sphere and code validators declare their rules, so the fast path skips them."""
    ruled = {f"{cls.__name__}.{field.name}" for cls, field in _RULED}

    assert {"PriorityTask.title", "PriorityTask.sphere", "PriorityTask.modes"} <= ruled


@attrs.frozen(slots=False)
class _Unslotted:
    name: str = attrs.field(validator=attrs.validators.instance_of(str))
    size: int = 0


def test_unslotted_classes_are_built_too() -> None:
    """A class without slots is built through ``object.__setattr__``, validators included."""
    construct = make_constructor(_Unslotted, done=lambda _: False)

    assert construct(name="x") == _Unslotted(name="x")
    with pytest.raises(TypeError):
        construct(name=1)


@attrs.frozen
class _Before:
    a: int

    def __attrs_pre_init__(self) -> None:
        pass


@attrs.frozen(cache_hash=True)
class _Hashed:
    a: int


@attrs.define(init=False)
class _OwnInit:
    a: int

    def __init__(self, a: int) -> None:
        self.a = a * 10


@attrs.frozen
class _TakesSelf:
    a: int
    b: int = attrs.field(default=attrs.Factory(lambda self: self.a + 1, takes_self=True))


@pytest.mark.parametrize("cls", [_Before, _Hashed, _OwnInit, _TakesSelf])
def test_classes_a_constructor_cannot_stand_in_for_are_refused(cls: type[Any]) -> None:
    """Pre-init hooks, cached hashes, own ``__init__`` and self-taking defaults need attrs."""
    assert not supports_constructor(cls)
    with pytest.raises(TypeError, match="no generated constructor"):
        make_constructor(cls, done=lambda _: True)


class TestValidatedOnce:
    """A converted field is validated as written, and again only if the conversion changed it."""

    @pytest.fixture
    def calls(self, monkeypatch: pytest.MonkeyPatch) -> list[str]:
        """The numbers the NIP validator is asked about, in order."""
        from wspolpraca.identifiers import nip

        seen: list[str] = []
        real = nip.validate

        def counting(number: str) -> str:
            seen.append(number)
            return real(number)

        monkeypatch.setattr(nip, "validate", counting)
        return seen

    def test_a_compact_nip_is_validated_once(self, calls: list[str]) -> None:
        """The detailed path does not validate a compact NIP again after compacting it."""
        from wspolpraca.serialization import structure

        structure({"name": "Fundacja", "nip": "7740001454"}, Organisation)

        assert calls == ["7740001454"]

    def test_a_compacted_nip_is_validated_again(self, calls: list[str]) -> None:
        """A NIP the conversion changes is validated as written and as compacted."""
        from wspolpraca.serialization import structure

        organisation = structure({"name": "Fundacja", "nip": "774-000-14-54"}, Organisation)

        assert organisation.nip == "7740001454"
        assert calls == ["774-000-14-54", "7740001454"]

    def test_the_fast_path_validates_each_compact_nip_once(self, calls: list[str]) -> None:
        """Loading the competition example on the fast path validates each NIP once."""
        pytest.importorskip("msgspec")
        from wspolpraca._fast import try_loads

        text = (EXAMPLES / "krakow-2021-competition.json").read_text("utf-8")
        written = re.findall(r'"nip": "([^"]*)"', text)

        assert try_loads(text, None) is not NotImplemented
        assert sorted(calls) == sorted(written)
