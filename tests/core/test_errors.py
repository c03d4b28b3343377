"""One error base for the core and one describe() for the app and the command line."""
from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

import app.core
from app.core.errors import USAGE, PeerglassError, describe, exit_code
from app.core.recurrence import RecurrenceError
from app.core.services.base import NotFound, ValidationError
from app.core.services.groups import GroupTooLarge, SizeWarning
from app.core.services.invitations import ReplyError
from app.core.vault import VaultError, WrongPassphrase


def _core_exceptions() -> list[type[BaseException]]:
    found: dict[str, type[BaseException]] = {}
    for info in pkgutil.walk_packages(app.core.__path__, "app.core."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if (inspect.isclass(value) and issubclass(value, BaseException) and not name.startswith("_")
                    and value.__module__.startswith("app.core")):
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return list(found.values())


def test_every_public_core_error_derives_from_the_base() -> None:
    errors = _core_exceptions()
    assert {e.__name__ for e in errors} >= {"VaultError", "ValidationError", "NotFound", "RecurrenceError",
                                            "ReplyError", "GroupTooLarge", "IcsError"}
    assert [e.__qualname__ for e in errors if not issubclass(e, PeerglassError)] == []


def test_core_errors_keep_their_old_bases() -> None:
    """Callers catching ValueError or LookupError still catch them."""
    assert issubclass(ValidationError, ValueError) and issubclass(RecurrenceError, ValueError)
    assert issubclass(ReplyError, ValueError) and issubclass(GroupTooLarge, ValueError)
    assert issubclass(NotFound, LookupError)


def test_describe_says_the_error_itself() -> None:
    assert describe(ValidationError({"name": "A name is needed.", "email": "The e-mail is not valid."})) == \
        "A name is needed.\nThe e-mail is not valid."
    assert describe(ValidationError({})) == "Invalid input."
    assert describe(NotFound("Group", 7)) == "Group #7 was not found; it may have been deleted."
    assert describe(WrongPassphrase()) == "The passphrase is not right for this vault."
    assert describe(RecurrenceError("unknown time zone")) == "unknown time zone"
    warning = SizeWarning(9, 8)
    assert describe(GroupTooLarge(warning)) == warning.message
    assert describe(VaultError()) == "The operation could not be completed. Nothing was changed."


def test_describe_never_shows_what_it_does_not_know() -> None:
    disk = OSError(28, "No space left on device", "/secret/Ana Lopez.pdf")
    assert describe(disk) == "The file could not be read or written (No space left on device)."
    text = describe(KeyError("Ana Lopez"))
    assert text == ("Something went wrong (KeyError). Nothing was changed. "
                    "If it happens again, please report it.")
    assert "Ana" not in text


@pytest.mark.parametrize(("exc", "code"), [
    (ValidationError({"x": "bad"}), 1), (KeyError("x"), 1), (PeerglassError("wrong key", kind=USAGE), 2),
])
def test_exit_code(exc: BaseException, code: int) -> None:
    assert exit_code(exc) == code


def test_the_command_line_names_a_database_error_by_its_true_cause(practice, monkeypatch, capsys) -> None:
    """A constraint error from a bug is 'unexpected', never 'the vault is damaged'; a full disk is named."""
    import sqlcipher3.dbapi2 as sqlcipher
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError, OperationalError

    import app.cli
    import app.cli.vault_cmds

    try:  # a real constraint error from a real vault (vault_meta's key is its primary key)
        with practice.vault.engine.begin() as db:
            db.execute(text("INSERT INTO vault_meta (key, value) VALUES ('vault_id', 'again')"))
    except IntegrityError as exc:
        constraint: BaseException = exc
    full = OperationalError("INSERT ...", {}, sqlcipher.OperationalError("database or disk is full"))
    for raised, expected in ((constraint, "Something went wrong (IntegrityError)"), (full, "The disk is full")):
        def handler(args: object, raised: BaseException = raised) -> int:
            raise raised
        monkeypatch.setattr(app.cli.vault_cmds, "cmd_verify", handler)
        assert app.cli.run(["verify"]) == 1
        line = capsys.readouterr().err
        assert line.count("\n") == 1 and line.startswith(expected), line
        assert "damaged" not in line
