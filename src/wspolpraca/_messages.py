"""
The catalogue of load-error messages, keyed by the stable error code.

Keep in sync with ``docs/reference/errors.md``; a test checks that every code
used in the source has an entry here and that both languages are filled in.
Templates name their parameters; ``{value}`` is never in a template because
:meth:`wspolpraca.errors.ValidationError.message` appends the offending value itself.
"""

from __future__ import annotations

from ._text import Text

LOAD_MESSAGES: dict[str, Text] = {
    # The document as a whole.
    "not_a_document": Text(
        pl="to nie jest dokument wspolpraca",
        en="this is not a wspolpraca document",
    ),
    "empty_document": Text(
        pl="dokument jest pusty, oczekiwano obiektu JSON",
        en="the document is empty, expected a JSON object",
    ),
    "too_large": Text(
        pl="dokument jest za duży: {size}, limit to {limit} B (zwiększ max_bytes, jeśli to zamierzone)",
        en="the document is too large: {size}, the limit is {limit} B (raise max_bytes if intended)",
    ),
    "not_utf8": Text(
        pl="dokument nie jest tekstem UTF-8: {detail}",
        en="the document is not UTF-8 text: {detail}",
    ),
    "json_syntax": Text(
        pl="to nie jest poprawny JSON: {detail} (wiersz {line}, kolumna {column})",
        en="this is not valid JSON: {detail} (line {line}, column {column})",
    ),
    "duplicate_key": Text(
        pl="klucz {key!r} występuje w obiekcie więcej niż raz, oczekiwano jednego wystąpienia",
        en="the key {key!r} appears more than once in the object, expected it once",
    ),
    "unreadable_file": Text(
        pl="nie można odczytać pliku: {detail}",
        en="the file cannot be read: {detail}",
    ),
    "unknown_kind": Text(
        pl="nieznany rodzaj dokumentu, oczekiwano jednego z: {expected}",
        en="unknown document kind, expected one of: {expected}",
    ),
    "kind_mismatch": Text(
        pl="dokument jest rodzaju {got}, oczekiwano {expected}",
        en="the document is of kind {got}, expected {expected}",
    ),
    "unsupported_schema_version": Text(
        pl="nieobsługiwana wersja schematu, oczekiwano jednej z: {expected}",
        en="unsupported schema version, expected one of: {expected}",
    ),
    # Robustness: inputs that cannot be read safely, outputs that cannot be written safely.
    "number_too_long": Text(
        pl="liczba ma więcej niż {limit} cyfr, oczekiwano krótszej liczby",
        en="a number has more than {limit} digits, expected a shorter number",
    ),
    "invalid_text": Text(
        pl="tekst zawiera samotny surogat UTF-16 (np. \\ud800), którego nie da się zapisać "
        "w UTF-8, oczekiwano poprawnego tekstu Unicode",
        en="the text holds a lone UTF-16 surrogate (such as \\ud800) that cannot be written "
        "as UTF-8, expected valid Unicode text",
    ),
    "internal_error": Text(
        pl="błąd wewnętrzny wspolpraca przy tym dokumencie ({detail}); zgłoś go, "
        "dołączając dokument",
        en="an internal error of wspolpraca on this document ({detail}); please report it "
        "with the document",
    ),
    "output_is_input": Text(
        pl="plik wynikowy jest jednym z plików wejściowych, oczekiwano innego pliku "
        "(nie nadpisuje się danych wejściowych)",
        en="the output file is one of the input files, expected another file "
        "(inputs are never overwritten)",
    ),
    "missing_directory": Text(
        pl="katalog {directory!r} nie istnieje, oczekiwano istniejącego katalogu",
        en="the directory {directory!r} does not exist, expected an existing directory",
    ),
    "unwritable_file": Text(
        pl="nie można zapisać pliku: {detail}",
        en="the file cannot be written: {detail}",
    ),
    "cell_too_long": Text(
        pl="tekst ma {length} znaków, a komórka skoroszytu mieści najwyżej {limit}; "
        "oczekiwano krótszego tekstu (albo zapisz dokument jako JSON lub CSV)",
        en="the text has {length} characters and a workbook cell holds at most {limit}; "
        "expected a shorter text (or save the document as JSON or CSV)",
    ),
    "workbook_too_large": Text(
        pl="skoroszyt po rozpakowaniu ma {size} B, limit to {limit} B",
        en="the workbook unpacks to {size} B, the limit is {limit} B",
    ),
    # Structure.
    "wrong_type": Text(
        pl="zły typ wartości, oczekiwano: {expected}",
        en="wrong type of value, expected {expected}",
    ),
    "missing_field": Text(
        pl="brak wymaganego pola",
        en="a required field is missing",
    ),
    "unknown_field": Text(
        pl="nieznane pole {field!r}{hint}",
        en="unknown field {field!r}{hint}",
    ),
    # Values.
    "invalid_date": Text(
        pl="niepoprawna data, oczekiwano istniejącej daty w formacie RRRR-MM-DD",
        en="invalid date, expected an existing date formatted YYYY-MM-DD",
    ),
    "invalid_money": Text(
        pl="niepoprawna kwota, oczekiwano tekstu z co najwyżej dwoma miejscami po przecinku, "
        'np. "1234.50" (bez notacji wykładniczej i separatorów tysięcy)',
        en='invalid amount, expected text with at most two decimal places such as "1234.50" '
        "(no scientific notation, no thousands separators)",
    ),
    "negative_amount": Text(
        pl="kwota nie może być ujemna",
        en="an amount cannot be negative",
    ),
    "too_many_decimal_places": Text(
        pl="kwota ma więcej niż dwa miejsca po przecinku (grosze)",
        en="an amount has more than two decimal places (grosze)",
    ),
    "negative_count": Text(
        pl="liczba nie może być ujemna, oczekiwano liczby całkowitej 0 lub większej",
        en="a count cannot be negative, expected a whole number of 0 or more",
    ),
    "no_drafts": Text(
        pl="wpis o konsultacjach musi obejmować co najmniej jeden projekt aktu, oczekiwano liczby 1 lub większej",
        en="a consultation entry must cover at least one draft act, expected a number of 1 or more",
    ),
    "no_bidders": Text(
        pl="oferta musi wskazywać co najmniej jednego oferenta, oczekiwano listy z 1 lub więcej pozycjami",
        en="an offer must name at least one bidder, expected a list of 1 or more",
    ),
    "blank_text": Text(
        pl="tekst nie może być pusty ani składać się z samych spacji",
        en="the text cannot be empty or only spaces",
    ),
    "unknown_code": Text(
        pl="kod spoza listy {codelist}, oczekiwano jednego z: {allowed}",
        en="code outside the list {codelist}, expected one of: {allowed}",
    ),
    "invalid_code_format": Text(
        pl="niepoprawny kod, oczekiwano: {expected}",
        en="invalid code, expected {expected}",
    ),
    "invalid_identifier": Text(
        pl="niepoprawny numer {identifier}, oczekiwano: {expected}",
        en="invalid {identifier} number, expected {expected}",
    ),
    "invalid_checksum": Text(
        pl="niepoprawna cyfra kontrolna numeru {identifier}",
        en="the check digit of the {identifier} number is wrong",
    ),
    "invalid_teryt": Text(
        pl="niepoprawny kod TERYT, oczekiwano {expected}",
        en="invalid TERYT code, expected {expected}",
    ),
    "teryt_level_mismatch": Text(
        pl="kod TERYT nie pasuje do szczebla {level}, oczekiwano {expected} cyfr",
        en="the TERYT code does not fit the level {level}, expected {expected} digits",
    ),
    "year_out_of_range": Text(
        pl="rok poza zakresem, oczekiwano roku od {minimum} do {maximum}",
        en="year out of range, expected a year from {minimum} to {maximum}",
    ),
    "not_positive": Text(
        pl="liczba musi być dodatnia, oczekiwano 1 lub więcej",
        en="the number must be positive, expected 1 or more",
    ),
    "date_out_of_range": Text(
        pl="data poza zakresem, oczekiwano daty z lat {minimum}–{maximum}",
        en="date out of range, expected a date in the years {minimum}–{maximum}",
    ),
    "invalid_value": Text(
        pl="niepoprawna wartość: {detail}",
        en="invalid value: {detail}",
    ),
    "invalid_format": Text(
        pl="niepoprawny format wartości",
        en="the value has the wrong format",
    ),
    # Cross-field invariants.
    "inconsistent": Text(
        pl="pola są ze sobą sprzeczne",
        en="the fields contradict each other",
    ),
    "end_before_start": Text(
        pl="koniec okresu ({end}) jest wcześniejszy niż jego początek ({start})",
        en="the period ends ({end}) before it starts ({start})",
    ),
    "report_before_year_end": Text(
        pl="sprawozdanie za rok {year} nie może być przedłożone ani opublikowane {day}, przed końcem tego roku",
        en="a report on {year} cannot be submitted or published on {day}, before that year ended",
    ),
    "mixed_units": Text(
        pl="dokumenty historii dotyczą różnych jednostek samorządu: {codes}",
        en="the documents of a history belong to different units: {codes}",
    ),
    "dossier_names": Text(
        pl="dossier ma {names} nazw dla {documents} dokumentów, oczekiwano jednej nazwy na dokument",
        en="the dossier has {names} names for {documents} documents, expected one name per document",
    ),
    "not_a_directory": Text(
        pl="to nie jest katalog z dokumentami dossier",
        en="this is not a directory of dossier documents",
    ),
    "not_one_of": Text(
        pl="niedozwolona wartość, oczekiwano jednej z: {allowed}",
        en="value not allowed, expected one of: {allowed}",
    ),
    "relaxes_statute": Text(
        pl="profil nie może łagodzić ustawy: {what} (reguły: {rules})",
        en="a profile cannot relax the statute: {what} (rules: {rules})",
    ),
    "unknown_act": Text(
        pl="nieznany akt lokalny, oczekiwano jednego z: {acts}",
        en="unknown local act, expected one of: {acts}",
    ),
    "adopted_after_period": Text(
        pl="uchwałę podjęto {adopted_on}, po zakończeniu okresu programu ({end})",
        en="the resolution was adopted on {adopted_on}, after the programme period ended ({end})",
    ),
    "opinion_before_draft": Text(
        pl="opinię wydano {given_on}, przed otrzymaniem projektu ({received_on})",
        en="the opinion was given on {given_on}, before the draft was received ({received_on})",
    ),
    "deadline_before_announcement": Text(
        pl="termin składania ofert ({deadline}) jest wcześniejszy niż ogłoszenie konkursu "
        "({announced_on}), oczekiwano terminu nie wcześniejszego niż ogłoszenie",
        en="the offer deadline ({deadline}) is before the competition was announced "
        "({announced_on}), expected a deadline on or after the announcement",
    ),
    "agreement_before_application": Text(
        pl="umowę zawarto {signed_on}, przed złożeniem wniosku ({filed_on}), "
        "oczekiwano daty nie wcześniejszej niż wniosek",
        en="the agreement was signed on {signed_on}, before the application was filed "
        "({filed_on}), expected a date on or after the application",
    ),
    "before_offer": Text(
        pl="data {day} jest wcześniejsza niż złożenie oferty ({submitted_on}), "
        "oczekiwano daty nie wcześniejszej",
        en="the date {day} is before the offer was submitted ({submitted_on}), "
        "expected a date no earlier",
    ),
    "display_before_publication": Text(
        pl="oferta miała być wywieszona do {until}, przed jej zamieszczeniem ({published_on})",
        en="the offer is displayed until {until}, before it was published ({published_on})",
    ),
    "remark_replies_to_itself": Text(
        pl="uwaga {id!r} odpowiada sama na siebie, oczekiwano identyfikatora innej uwagi",
        en="the remark {id!r} replies to itself, expected the id of another remark",
    ),
    "duplicate_remark_id": Text(
        pl="identyfikator uwagi {id!r} powtarza się, oczekiwano niepowtarzalnych identyfikatorów",
        en="the remark id {id!r} is used twice, expected unique ids",
    ),
    # Spreadsheets (wspolpraca.spreadsheet).
    "not_a_workbook": Text(
        pl="to nie jest skoroszyt Excela (.xlsx): {detail}",
        en="this is not an Excel workbook (.xlsx): {detail}",
    ),
    "unsupported_workbook": Text(
        pl="arkusze {format} nie są czytane; zapisz plik jako skoroszyt Excela (.xlsx) "
        "albo wyeksportuj arkusze do CSV",
        en="{format} spreadsheets are not read; save the file as an Excel workbook (.xlsx) "
        "or export its sheets as CSV",
    ),
    "missing_sheet": Text(
        pl="brak arkusza {sheet!r}, oczekiwano arkusza z polami dokumentu",
        en="the sheet {sheet!r} is missing, expected a sheet with the document's fields",
    ),
    "unknown_sheet": Text(
        pl="nieznany arkusz {sheet!r}{hint}; oczekiwano tylko arkuszy wzoru (usuń go albo przenieś dane)",
        en="unknown sheet {sheet!r}{hint}; expected only the template's sheets (delete it or move its data)",
    ),
    "unknown_heading": Text(
        pl="nieznany nagłówek {heading!r}{hint}, oczekiwano tytułu pola ze wzoru",
        en="unknown heading {heading!r}{hint}, expected a field title from the template",
    ),
    "missing_heading": Text(
        pl="w arkuszu {sheet!r} brak kolumny {heading!r}, oczekiwano wszystkich kolumn wzoru",
        en="the sheet {sheet!r} lacks the column {heading!r}, expected every column of the template",
    ),
    "duplicate_heading": Text(
        pl="nagłówek {heading!r} występuje więcej niż raz, oczekiwano jednej takiej kolumny",
        en="the heading {heading!r} appears more than once, expected one such column",
    ),
    "merged_cells": Text(
        pl="scalone komórki {cells}, oczekiwano jednej wartości w każdej komórce (rozdziel je)",
        en="merged cells {cells}, expected one value in each cell (unmerge them)",
    ),
    "formula": Text(
        pl="formuła zamiast wartości, oczekiwano wartości (wklej same wartości)",
        en="a formula instead of a value, expected a value (paste values only)",
    ),
    # Budget data (wspolpraca.BudgetYear) and the Rb-28S bulk file reader (wspolpraca.rb28s).
    "invalid_classification_code": Text(
        pl="niepoprawny kod klasyfikacji budżetowej, oczekiwano {digits} cyfr",
        en="invalid budget classification code, expected {digits} digits",
    ),
    "chapter_outside_division": Text(
        pl="rozdział nie należy do działu {division}, oczekiwano rozdziału zaczynającego się od {division}",
        en="the chapter is not in the division {division}, expected a chapter starting with {division}",
    ),
    "bulk_missing_column": Text(
        pl="w pliku brak kolumny {column!r}, oczekiwano kolumn: {expected}",
        en="the file lacks the column {column!r}, expected the columns: {expected}",
    ),
    "bulk_row_length": Text(
        pl="wiersz ma {got} pól, oczekiwano {expected} (tyle, ile kolumn w nagłówku)",
        en="the row has {got} fields, expected {expected} (as many as the heading has columns)",
    ),
    "bulk_bad_code": Text(
        pl="niepoprawny kod w kolumnie {column}, oczekiwano {digits} cyfr",
        en="invalid code in the column {column}, expected {digits} digits",
    ),
    "bulk_bad_amount": Text(
        pl="niepoprawna kwota w kolumnie {column}, oczekiwano liczby nieujemnej z co najwyżej "
        "15 cyframi przed przecinkiem i dwoma po nim",
        en="invalid amount in the column {column}, expected a non-negative number with at most "
        "15 digits before the decimal point and two after it",
    ),
    "bulk_bad_unit": Text(
        pl="kody WK/PK/GK/GT nie wskazują jednostki samorządu: {detail}",
        en="the WK/PK/GK/GT codes name no local government unit: {detail}",
    ),
    "bulk_dbf_unreadable": Text(
        pl="nie można odczytać pliku dBASE (lub archiwum ZIP) Rb-28S: {detail}",
        en="the Rb-28S dBASE file (or ZIP archive) cannot be read: {detail}",
    ),
    "bulk_unreadable": Text(
        pl="nie można odczytać pliku CSV: {detail}",
        en="the CSV file cannot be read: {detail}",
    ),
    "invalid_parent_row": Text(
        pl="numer wiersza nadrzędnego nie wskazuje pozycji w arkuszu nadrzędnym, oczekiwano numeru wiersza z danymi",
        en="the parent row number names no item of the parent sheet, expected the number of a row with data",
    ),
}


EXPECTED: dict[str, Text] = {
    "object": Text(pl="obiekt JSON {…}", en="a JSON object {…}"),
    "list": Text(pl="lista JSON […]", en="a JSON list […]"),
    "text": Text(pl="tekst", en="text"),
    "integer": Text(pl="liczba całkowita", en="an integer"),
    "boolean": Text(pl="true albo false", en="true or false"),
    "money": Text(pl='kwota jako tekst, np. "1234.50"', en='an amount as text such as "1234.50"'),
    "date": Text(
        pl='data jako tekst RRRR-MM-DD, np. "2021-03-01"',
        en='a date as text YYYY-MM-DD such as "2021-03-01"',
    ),
    "decimal": Text(pl="liczba dziesiętna (Decimal)", en="a Decimal"),
}
"""Names of the JSON types a field can expect, for ``wrong_type`` messages."""


def did_you_mean(candidates: list[str]) -> Text:
    """A hint naming the *candidates* a misspelt name may have meant (empty when none)."""
    if not candidates:
        return Text(pl="", en="")
    names = ", ".join(repr(name) for name in candidates)
    return Text(pl=f" (czy chodziło o {names}?)", en=f" (did you mean {names}?)")
