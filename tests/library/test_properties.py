"""Property-based tests (hypothesis, issue 17): the query parser takes any
text, and a contacts file of any content either imports or is refused with
ImportFailed and one sentence, never anything else; what the preview
promises is what the import writes; exports import back unchanged."""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from whoosh.filedb.filestore import RamStorage

from equalcity_desktop.library import index, query
from equalcity_desktop.library.contacts import HELPS_WITH, Contact, ContactStore, problems
from equalcity_desktop.library.contacts import io as contacts_io
from equalcity_desktop.library.contacts.io import ImportFailed

TODAY = dt.date(2026, 11, 28)
QUICK = settings(max_examples=200, deadline=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
FEWER = settings(max_examples=100, deadline=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Text as people paste it: any code point (lone surrogates included), and
# the characters that mean something to a query language, CSV or JSON.
SPECIAL = st.sampled_from(list('"\'*?~^:()[]{}\\/,;|+-=@&!\t\r\n\x00\u00ad\u200b\ufeff'
                               "\u0301\ufb01\uff21\ud800\udfff")
                          + ["AND", "OR", "NOT", "TO", "title:"])
ANY_TEXT = st.lists(st.one_of(st.text(), SPECIAL), max_size=30).map("".join)


# -- the query parser ---------------------------------------------------------------


def _reader_index():
    ix = RamStorage().create_index(index.schema())
    with ix.writer() as writer:
        writer.add_document(id="a", headfold="violence interpreter geweld tolk",
                            bodyfold="listen calmly violencia violent violet")
        writer.add_document(id="b", headfold="suicide", bodyfold="suicidal thoughts")
    return ix


READER_INDEX = _reader_index()


@QUICK
@given(text=ANY_TEXT, typing=st.booleans())
def test_any_text_parses_into_a_query_or_nothing(text: str, typing: bool) -> None:
    parsed = query.parse(text, typing=typing)
    assert len(parsed.words) == len(parsed.folded) <= query.MAX_WORDS
    assert all(0 < len(w) <= query.MAX_WORD for w in parsed.folded)
    assert not parsed.prefix or typing
    built = query.build(parsed)
    assert (built is None) == parsed.empty
    with READER_INDEX.searcher() as searcher:
        with_reader = query.build(parsed, searcher.reader())
        assert (with_reader is None) == parsed.empty
        if with_reader is not None:
            searcher.search(with_reader, limit=5)  # and Whoosh can run it


@QUICK
@given(text=st.text(min_size=1, max_size=2_000))
def test_long_pasted_text_is_cut_not_refused(text: str) -> None:
    parsed = query.parse(text * 3)
    assert len(parsed.words) <= query.MAX_WORDS


# -- contacts files --------------------------------------------------------------------


def _import(name: str, data: bytes) -> None:
    """Preview, then import, on a fresh contacts file: either it works and the
    import writes what the preview said, or ImportFailed with one sentence."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        store = ContactStore(Path(folder) / "contacts.sqlite3")
        try:
            try:
                plan = contacts_io.preview(path, store, {"be-sos-viol"}, {"interpreter"},
                                           TODAY)
            except ImportFailed as exc:
                message = str(exc)
                assert message and message[0].isupper() and message.endswith(".")
                assert "\n" not in message and len(message) < 400, message
                assert not store.path.exists()
                return
            for skipped in plan.skipped:
                assert skipped.reason.endswith("."), skipped.reason
            written = contacts_io.apply(store, plan) if plan.writes else 0
            assert written == plan.writes == len(store.rows())
        finally:
            store.close()


CELL = st.one_of(st.text(max_size=30), SPECIAL, st.sampled_from(
    ["violence", "children; legal", "+32 2 123 45 67", "be", "2026-01-01", "28/11/2026",
     "'=1+1", '"quoted, with comma"', "x" * 50]))
COLUMNS = st.lists(st.sampled_from(["organisation", "helps_with", "phone", "notes",
                                    "country", "last_checked", "id", "overrides", "website",
                                    "Name", "hours", "other"]), min_size=1, max_size=6)


@st.composite
def csv_files(draw) -> bytes:
    header = draw(COLUMNS)
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    end = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    rows = draw(st.lists(st.lists(CELL, min_size=0, max_size=len(header) + 1), max_size=6))
    lines = [delimiter.join(header)] + [delimiter.join(r) for r in rows]
    text = end.join(lines) + draw(st.sampled_from(["", end]))
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "surrogatepass"]))
    if encoding == "surrogatepass":
        return text.encode("utf-8", "surrogatepass")
    return text.encode(encoding, "replace" if encoding == "utf-8" else "surrogatepass")


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20) | CELL,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.one_of(st.text(max_size=10), COLUMNS.map(lambda c: c[0])), inner, max_size=5),
    max_leaves=20)


@st.composite
def json_files(draw) -> bytes:
    rows = draw(st.lists(st.one_of(JSON_VALUES, st.fixed_dictionaries({
        "organisation": CELL, "helps_with": st.one_of(CELL, st.lists(st.sampled_from(
            list(HELPS_WITH)), max_size=3)), "phone": st.one_of(CELL, st.integers()),
        "notes": st.sampled_from(["", "__big__", "__deep__"])})),
        max_size=5))
    wrapped = draw(st.booleans())
    text = json.dumps({"contacts": rows} if wrapped else rows, ensure_ascii=draw(st.booleans()))
    # What json.dumps cannot write: a number of 5,000 digits, arrays 100,000 deep.
    text = text.replace('"__big__"', "9" * 5000).replace(
        '"__deep__"', "[" * 100_000 + "]" * 100_000)
    cut = draw(st.integers(min_value=0, max_value=len(text)))
    if draw(st.integers(0, 9)) == 0:
        text = text[:cut]  # a truncated file
    return text.encode("utf-8", "surrogatepass")


@QUICK
@given(data=csv_files())
def test_any_csv_imports_or_is_refused_in_one_sentence(data: bytes) -> None:
    _import("in.csv", data)


@QUICK
@given(data=json_files())
def test_any_json_imports_or_is_refused_in_one_sentence(data: bytes) -> None:
    _import("in.json", data)


@QUICK
@given(data=st.binary(max_size=400), name=st.sampled_from(["in.csv", "in.json", "in.txt"]))
def test_any_bytes_import_or_are_refused_in_one_sentence(data: bytes, name: str) -> None:
    _import(name, data)


# -- export, then import again ------------------------------------------------------------

FIELD_TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
                     max_size=25).map(str.strip)


@st.composite
def office_rows(draw) -> list[Contact]:
    rows = []
    for n in range(draw(st.integers(1, 4))):
        contact = Contact(
            id=f"local-{n}", organisation=draw(FIELD_TEXT) or f"Org {n}",
            helps_with=tuple(draw(st.lists(st.sampled_from(list(HELPS_WITH)), min_size=1,
                                           max_size=3, unique=True))),
            address=draw(FIELD_TEXT), phone=draw(st.sampled_from(["", "+32 2 123 45 67",
                                                                   "1813"])),
            opening_hours=draw(FIELD_TEXT), website="example.org",
            notes=draw(FIELD_TEXT).replace("\r", ""), country=draw(st.sampled_from(["", "be"])))
        contact = Contact(**{**contact.__dict__,
                             "organisation": " ".join(contact.organisation.split())
                             or f"Org {n}"})
        if problems(contact, TODAY) or contact.organisation.casefold() in {
                r.organisation.casefold() for r in rows}:
            continue
        rows.append(contact)
    return rows


@FEWER
@given(rows=office_rows(), name=st.sampled_from(["out.csv", "out.json"]))
def test_an_export_imports_back_unchanged(rows: list[Contact], name: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        contacts_io.export(path, rows)
        store = ContactStore(Path(folder) / "contacts.sqlite3")
        try:
            plan = contacts_io.preview(path, store, set(), set(), TODAY)
            assert plan.skipped == []
            contacts_io.apply(store, plan)
            assert sorted(store.rows(), key=lambda c: c.id) == rows
        finally:
            store.close()
