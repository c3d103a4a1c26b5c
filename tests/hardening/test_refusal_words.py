"""The portal's refusals of an upload (a full quota) and of too many attempts read as sentences
in the user's language on the desktop, never as the portal's machine words."""

from __future__ import annotations

import pytest

from desktop.app.i18n import Translations
from desktop.models.refusals import refusal_text, sync_problem_text


@pytest.mark.parametrize(
    ("language", "quota", "attempts"),
    [
        (
            "en",
            "Your supporting documents on the network have reached their storage limit; "
            "documents not used by a request are removed after a day.",
            "The network had too many attempts at once; try again in a few minutes.",
        ),
        (
            "pl",
            "Twoje dokumenty potwierdzające w sieci osiągnęły limit miejsca; dokumenty "
            "niedołączone do żadnej prośby są usuwane po jednym dniu.",
            "Sieć odnotowała zbyt wiele prób naraz; spróbuj ponownie za kilka minut.",
        ),
    ],
)
def test_refused_uploads_read_as_sentences(
    qapp: object, language: str, quota: str, attempts: str
) -> None:
    translations = Translations()
    translations.install(language)
    try:
        assert refusal_text("attachment_quota_exceeded") == quota
        assert refusal_text("too_many_attempts") == attempts
        for text in (quota, attempts):
            assert "_" not in text and text[0].isupper() and text.endswith(".")
    finally:
        translations.remove()


@pytest.mark.parametrize(
    ("language", "minutes", "words"),
    [
        ("en", 1, "sync again in 1 minute;"),
        ("en", 15, "sync again in 15 minutes;"),
        ("pl", 1, "ponownie za 1 minutę;"),
        ("pl", 3, "ponownie za 3 minuty;"),
        ("pl", 15, "ponownie za 15 minut;"),
    ],
)
def test_the_wait_is_worded_with_the_languages_plural(
    qapp: object, language: str, minutes: int, words: str
) -> None:
    translations = Translations()
    translations.install(language)
    try:
        assert words in sync_problem_text(f"too_many_attempts:{minutes}")
        assert sync_problem_text("refused") == ""
    finally:
        translations.remove()
