"""The Python API: results, settings, errors, and equality with the Rust CLI on the corpus."""

from __future__ import annotations

import copy
import datetime
import inspect
import json
import pickle
import subprocess
import sys

import pytest

import dechaff

PAGE = (
    "Skip to main content\n\nHarbour ferry to run through the winter\n\nBy Jane Doe and John Roe\n\n"
    "March 3, 2025\n\nThe harbour ferry will keep running through the winter for the first time, the "
    "council decided on Monday after a long debate about costs and safety on the crossing.\n\n"
    "Councillors said the service had carried more passengers this year than ever before.\n\n"
    "Sign up for our daily newsletter\n\n© 2025 Example Media. All rights reserved."
)


def test_clean_gives_the_article_and_its_metadata():
    cleaned = dechaff.clean(PAGE)
    assert cleaned.text.startswith("The harbour ferry will keep running")
    assert cleaned.text.endswith("than ever before.")
    assert "newsletter" not in cleaned.text
    assert cleaned.title == "Harbour ferry to run through the winter"
    assert cleaned.authors == ["Jane Doe", "John Roe"]
    assert cleaned.date == "March 3, 2025"
    assert cleaned.published == "2025-03-03"
    assert cleaned.updated is None
    assert cleaned.language == "en"
    assert cleaned.removed == {"byline": 1, "date": 1, "legal": 1, "navigation": 1, "newsletter": 1, "title": 1}


def test_the_import_loads_only_the_package():
    # `typing` alone cost about 40 million instructions of a fresh interpreter's import and first
    # `clean` (issue 28): `Rule`, a `TypedDict`, is defined on first use.
    code = (
        "import sys; before = set(sys.modules); import dechaff; after = set(sys.modules)\n"
        "assert 'Rule' in dir(dechaff) and 'Rule' in dechaff.__all__\n"
        "print(sorted(after - before))"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(run.stdout.replace("'", '"')) == ["dechaff", "dechaff._dechaff"]


def test_rule_is_a_typed_dict_of_the_package():
    assert dechaff.Rule.__module__ == "dechaff"
    assert dechaff.Rule.__total__ is False
    assert set(dechaff.Rule.__annotations__) == {"name", "phrases", "regex"}
    assert pickle.loads(pickle.dumps(dechaff.Rule)) is dechaff.Rule
    assert "Rule" in vars(dechaff)
    with pytest.raises(AttributeError, match="no attribute 'Rules'"):
        dechaff.Rules


def test_a_url_gives_the_publication_day_in_its_path():
    undated = PAGE.replace("March 3, 2025\n\n", "")
    url = "https://example.com/news/2025/03/04/harbour-ferry-winter/"
    assert dechaff.clean(undated).published is None
    assert dechaff.clean(undated, url).published == "2025-03-04"
    assert dechaff.Cleaner().clean(undated, url=url).published == "2025-03-04"
    # The page's own date of the same day keeps its form; another day gives way to the URL's.
    assert dechaff.clean(PAGE, "https://example.com/2025/03/03/x").published == "2025-03-03"
    assert dechaff.clean(PAGE, url).published == "2025-03-04"
    # Where each field was found: its line, or the URL.
    assert dechaff.clean(PAGE).found == {"title": "line 3", "byline": "line 5", "published": "line 7"}
    assert dechaff.clean(undated, url).found["published"] == "url"
    assert dechaff.clean(undated).found["published"] is None
    batch = dechaff.Cleaner(threads=2).clean_batch([undated, None, undated], urls=[url, None, None])
    assert [c and c.published for c in batch] == ["2025-03-04", None, None]
    with pytest.raises(ValueError, match="urls"):
        dechaff.Cleaner().clean_batch([undated, undated], urls=[url])


# A kept block's reasons: `body`, `restored` when the learned layer kept what the heuristics removed,
# or `unsure` when, on a page that reads as no article, the heuristics kept almost nothing.
KEPT_REASONS = {"body", "restored", "unsure"}

# A jobs board, invented (the same as tests/learned.rs): a line of intro, then twelve numbered
# one-line posts, each with its age, between a menu and a footer of links. The heuristics take the
# intro for the article; the learned layer restores the posts. It depends on the model compiled in;
# a retrained model that restores nothing here needs another such page.
_JOBS = [
    "Harbour Ferries is hiring a deck officer for the night boats",
    "Marrow Island Gazette seeks a part-time reporter for the north shore",
    "The island school is looking for a science teacher from September",
    "Lighthouse trust hiring a seasonal guide for the summer tours",
    "Pier cafe wants a cook for weekends and holidays",
    "Boatyard looking for an apprentice shipwright",
    "Council hiring a harbour warden on a two-year contract",
    "Lifeboat station seeks a volunteer coordinator",
    "Island bakery is hiring an early shift baker",
    "Market hall wants a caretaker for the Saturday market",
    "Ferry ticket office needs a clerk for the winter timetable",
    "Fish market hiring a driver for the mainland round",
]
RESTORED_PAGE = (
    "Jobs | Island Board\nIsland Board new | past | jobs | submit | login\n"
    "These are jobs at island businesses. See more at the council's careers page.\n"
    + "".join(f"{k}. {job}\n{k} hours ago\n" for k, job in enumerate(_JOBS, 1))
    + "More\nGuidelines | FAQ | Lists | Contact\nSearch:\n"
)


def test_blocks_carry_character_offsets_into_the_python_string():
    page = "Café — menu\n\nLe café du port rouvre lundi après un long hiver, a annoncé la mairie ce matin.\n\n日本語の見出し"
    cleaned = dechaff.clean(page)
    assert len(cleaned.blocks) == 3
    for block in cleaned.blocks:
        assert page[block.start : block.end] == block.text
    assert [b.line for b in cleaned.blocks] == [1, 3, 5]
    kept = [b.text for b in cleaned.blocks if b.kept]
    assert all((b.reason in KEPT_REASONS) == b.kept for b in cleaned.blocks)
    assert "\n\n".join(kept) == cleaned.text


def test_explain_lists_every_block_with_its_verdict():
    lines = dechaff.clean(PAGE).explain().splitlines()
    assert lines[0].split() == ["-", "1", "navigation", "Skip", "to", "main", "content"]
    assert lines[4].startswith("+    9 body")
    assert len(lines) == len(dechaff.clean(PAGE).blocks)


def test_to_dict_has_the_metadata():
    d = dechaff.clean(PAGE).to_dict()
    assert d["published"] == "2025-03-03" and d["removed"]["legal"] == 1 and d["text"].startswith("The harbour")
    assert sorted(d) == ["authors", "byline", "date", "language", "page_type", "published", "removed", "text", "title", "updated"]
    assert d["page_type"] == dechaff.clean(PAGE).page_type


# The benchmark's names for the kinds of page, as `dechaff::PageType::as_str` gives them.
PAGE_TYPES = {"article", "forum", "listing", "collection", "product", "documentation", "service"}


def test_page_type_is_none_or_one_of_the_seven_kinds():
    kind = dechaff.clean(PAGE).page_type
    assert kind is None or kind in PAGE_TYPES, kind
    # Never read with the heuristics or the learned layer off, nor from an extract.
    assert dechaff.clean(PAGE, heuristics=False).page_type is None
    assert dechaff.clean(PAGE, learned=False).page_type is None
    assert dechaff.clean(PAGE, input="extracted").page_type is None
    assert dechaff.clean("").page_type is None


def test_without_the_learned_layer_the_heuristics_decide_alone():
    cleaned = dechaff.clean(PAGE, learned=False)
    assert cleaned.page_type is None
    assert cleaned.text == (
        "The harbour ferry will keep running through the winter for the first time, the council decided on "
        "Monday after a long debate about costs and safety on the crossing.\n\n"
        "Councillors said the service had carried more passengers this year than ever before."
    )
    assert cleaned.removed == {"byline": 1, "date": 1, "legal": 1, "navigation": 1, "newsletter": 1, "title": 1}
    assert all(b.reason != "restored" and b.signals is None for b in cleaned.blocks)


def test_restored_blocks_are_kept_with_the_signals_that_moved_them():
    on = dechaff.clean(RESTORED_PAGE)
    off = dechaff.clean(RESTORED_PAGE, learned=False)
    restored = [i for i, b in enumerate(on.blocks) if b.reason == "restored"]
    assert restored, "the learned layer restores nothing on RESTORED_PAGE"
    for i in restored:
        block = on.blocks[i]
        assert block.kept and block.text in on.text
        names = block.signals.split(", ")
        assert names and all(name.strip() for name in names), block.signals
        # What the heuristics alone decided: removed, and not in the text.
        assert not off.blocks[i].kept and off.blocks[i].reason not in KEPT_REASONS
        assert off.blocks[i].signals is None
    assert all(b.signals is None for b in on.blocks if b.reason != "restored")
    assert all((b.reason in KEPT_REASONS) == b.kept for b in on.blocks)
    # Removed counts only removed blocks: a restored block is not among them.
    assert "restored" not in on.removed
    assert repr(on.blocks[restored[0]]).startswith("Block(kept, ") and repr(on.blocks[restored[0]]).endswith('"restored")')
    assert len(on.text) > len(off.text)


def test_settings_change_the_verdicts():
    assert dechaff.clean(PAGE, disable=["newsletter", "legal"]).removed.get("newsletter") is None
    assert dechaff.clean(PAGE, disable="newsletter,legal").removed.get("legal") is None
    only = dechaff.Cleaner(families=["legal", "navigation"])
    assert sorted(only.settings["disable"]) == sorted(set(dechaff.families()) - {"legal", "navigation"})
    assert only.clean(PAGE).removed.get("newsletter") is None and only.clean(PAGE).removed["legal"] == 1
    titled = dechaff.clean(PAGE, keep_title=True)
    assert titled.text.startswith("Harbour ferry to run through the winter\n\nThe harbour ferry")
    ruled = dechaff.clean(PAGE, rules=[{"name": "council", "phrases": ["Councillors said"]}])
    assert ruled.removed["council"] == 1 and "Councillors" not in ruled.text
    regexed = dechaff.clean(PAGE, rules=[{"name": "ferry", "regex": r"^The harbour ferry"}])
    assert regexed.removed["ferry"] == 1
    assert dechaff.clean(PAGE, language="de").language == "de"
    assert dechaff.clean(PAGE, input="extracted").removed.get("navigation") == 1


def test_reference_time_reads_relative_dates(tmp_path):
    page = "Ferry to run all winter\n\nBy Jane Doe\n\n2 hours ago\n\nThe ferry will keep running through the winter, the council said on Monday after a long debate."
    assert dechaff.clean(page).published is None
    assert dechaff.clean(page, reference_time="2025-03-03T10:00Z").published == "2025-03-03T08:00Z"
    fetched = datetime.datetime(2025, 3, 3, 10, 0, tzinfo=datetime.timezone.utc)
    assert dechaff.clean(page, reference_time=fetched).published == "2025-03-03T08:00Z"


def test_rules_file(tmp_path):
    path = tmp_path / "rules.toml"
    path.write_text('[council]\nphrases = ["Councillors said"]\n', encoding="utf-8")
    cleaner = dechaff.Cleaner(rules_file=path)
    assert cleaner.clean(PAGE).removed["council"] == 1
    assert pickle.loads(pickle.dumps(cleaner)).clean(PAGE).removed["council"] == 1


@pytest.mark.parametrize(
    "settings, message",
    [
        ({"rules": [{"name": "broken", "regex": "(unclosed"}]}, "broken"),
        ({"disable": ["menus"]}, "menus"),
        ({"families": ["menus"]}, "menus"),
        ({"language": "klingon"}, "klingon"),
        ({"input": "html"}, "html"),
        ({"thresholds": {"stopwords_low": 2.0}}, "stopwords_low"),
        ({"thresholds": {"no_such": 1.0}}, "no_such"),
        ({"reference_time": "yesterday"}, "yesterday"),
        ({"threads": 0}, "threads"),
        ({"rules": [{"name": "empty"}]}, "empty"),
    ],
)
def test_bad_settings_are_value_errors_that_name_them(settings, message):
    with pytest.raises(ValueError, match=message):
        dechaff.Cleaner(**settings)


def test_bad_arguments_are_type_errors():
    with pytest.raises(TypeError):
        dechaff.clean(b"bytes")
    with pytest.raises(TypeError):
        dechaff.Cleaner(rules=["not a dict"])
    with pytest.raises(TypeError):
        dechaff.Cleaner().clean_batch(["ok", 3])


def test_a_cleaner_pickles_and_copies_by_its_settings():
    cleaner = dechaff.Cleaner(
        disable=["legal"],
        rules=[{"name": "council", "phrases": ["Councillors said"]}],
        thresholds={"headline_run": 5},
        keep_title=True,
        language="en",
        input="page",
        reference_time="2025-03-03T10:00Z",
        threads=2,
    )
    for again in [pickle.loads(pickle.dumps(cleaner)), copy.deepcopy(cleaner)]:
        assert again.settings == cleaner.settings
        assert again.clean(PAGE).text == cleaner.clean(PAGE).text
        assert again.clean(PAGE).removed == cleaner.clean(PAGE).removed
    assert "disable=['legal']" in repr(cleaner) and repr(dechaff.Cleaner()) == "Cleaner()"


def test_a_cleaner_without_the_learned_layer_pickles_without_it():
    cleaner = dechaff.Cleaner(learned=False)
    assert cleaner.settings["learned"] is False and dechaff.Cleaner().settings["learned"] is True
    assert repr(cleaner) == "Cleaner(learned=False)"
    for again in [pickle.loads(pickle.dumps(cleaner)), copy.deepcopy(cleaner)]:
        assert again.settings["learned"] is False
        # Still off on the other side: nothing restored, no page type read.
        cleaned = again.clean(RESTORED_PAGE)
        assert all(b.reason != "restored" for b in cleaned.blocks)
        assert cleaned.text == cleaner.clean(RESTORED_PAGE).text != dechaff.clean(RESTORED_PAGE).text
        assert again.clean(PAGE).page_type is None


def test_names_are_listed():
    assert "navigation" in dechaff.families() and "promo-code" in dechaff.families()
    assert "de" in dechaff.languages() and "en" in dechaff.languages()
    assert dechaff.__version__.count(".") == 2


@pytest.mark.parametrize(
    "text",
    ["", "\n\n\n", "\x00\x01", "\ud800".encode("utf-8", "surrogatepass").decode("utf-8", "replace"), "a\n" * 60_000, "é" * 100_000, "🦀\r\n" * 1000],
)
def test_malformed_input_never_crashes(text):
    cleaned = dechaff.clean(text)
    assert len(cleaned.text) <= len(text)
    assert all(text[b.start : b.end] == b.text for b in cleaned.blocks)


def test_a_lone_surrogate_is_an_error_not_a_crash():
    with pytest.raises(UnicodeEncodeError):
        dechaff.clean("abc \ud800 def")


def test_the_binding_matches_the_cli_on_every_corpus_page(pages, expected):
    cleaner = dechaff.Cleaner()
    for name, text in pages:
        cleaned = cleaner.clean(text)
        record = expected[name]
        meta = record["dechaff"]
        assert cleaned.text == record["text"], name
        assert (cleaned.title, cleaned.byline, cleaned.date) == (meta["title"], meta["byline"], meta["date"]), name
        assert (cleaned.authors, cleaned.published, cleaned.updated) == (meta["authors"], meta["published"], meta["updated"]), name
        assert (cleaned.language, cleaned.page_type) == (meta["language"], meta["page_type"]), name
        assert cleaned.removed == meta["removed"], name


def test_without_the_learned_layer_the_binding_matches_the_cli(pages, cli, shard):
    out = subprocess.run([str(cli), "jsonl", "-q", "--no-learned", str(shard)], check=True, capture_output=True).stdout
    expected = {r["id"]: r for r in map(json.loads, out.decode("utf-8").splitlines())}
    cleaner = dechaff.Cleaner(learned=False)
    for name, text in pages:
        cleaned = cleaner.clean(text)
        assert cleaned.text == expected[name]["text"], name
        assert cleaned.removed == expected[name]["dechaff"]["removed"], name
        assert cleaned.page_type is None and expected[name]["dechaff"]["page_type"] is None, name


def test_a_kept_block_is_body_or_restored_on_every_corpus_page(pages):
    cleaner = dechaff.Cleaner()
    for name, text in pages:
        for block in cleaner.clean(text).blocks:
            assert (block.reason in KEPT_REASONS) == block.kept, (name, block)
            assert (block.signals is not None) == (block.reason == "restored"), (name, block)


def test_cleaning_is_deterministic_and_idempotent(pages):
    cleaner = dechaff.Cleaner()
    for name, text in pages:
        once = cleaner.clean(text).text
        assert cleaner.clean(text).text == once, name
        assert cleaner.clean(once).text == once, name
        # Never invents text: every kept block is a line run of the input.
        assert all(b.text in text for b in cleaner.clean(text).blocks), name


def test_the_signature_shows_the_real_defaults():
    parameters = inspect.signature(dechaff.Cleaner).parameters
    assert parameters["input"].default == "auto"
    assert parameters["heuristics"].default is True and parameters["threads"].default is None
    assert parameters["learned"].default is True
    assert all(p.default is not Ellipsis for p in parameters.values())
    assert inspect.signature(dechaff.clean_table).parameters["column"].default == "text"


def test_the_repr_shows_a_missing_title_as_none():
    assert repr(dechaff.clean("Skip to main content")).startswith("Cleaned(title=None,")
    assert repr(dechaff.clean(PAGE)).startswith("Cleaned(title='Harbour ferry to run through the winter',")


def test_a_rule_is_a_typed_dict_at_runtime():
    rule = dechaff.Rule(name="council", phrases=["Councillors said"])
    assert rule == {"name": "council", "phrases": ["Councillors said"]}
    assert dechaff.Cleaner(rules=[rule]).clean(PAGE).removed["council"] == 1


def test_without_pyarrow_the_error_names_the_extra(monkeypatch):
    # None in sys.modules makes `import pyarrow` fail as if it were not installed.
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(ImportError, match=r'pip install "dechaff\[arrow\]"'):
        dechaff.Cleaner().clean_arrow(["text"])
    with pytest.raises(ImportError, match=r'pip install "dechaff\[arrow\]"'):
        dechaff.clean_table({"text": ["text"]})
