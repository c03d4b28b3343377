"""The calendar server, through the ``caldav`` library: discovery, listing, PUT and DELETE.

Every write is conditional: a new object is PUT with ``If-None-Match: *`` at
a href derived from its UID (so an interrupted sync that is run again finds
its own object instead of making a duplicate), a changed one with
``If-Match: <etag>``, so an edit made elsewhere in between is never
overwritten (the server answers 412 and the change is pulled instead).
Changes are read with a sync token (RFC 6578) where the server has one, by
ETags otherwise (the library falls back by itself, to a full listing: then
what is missing from it was deleted on the server).
"""
from __future__ import annotations

import hashlib
import ipaddress
import logging
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

from ..i18n import translate
from .errors import (
    AuthFailed,
    CalendarNotFound,
    InsecureServer,
    QuotaExceeded,
    ServerError,
    ServerUnreachable,
    SyncError,
    TlsFailure,
)

# The library logs request bodies at debug level; they hold calendar content.
logging.getLogger("caldav").setLevel(logging.WARNING)


# What the vault remembers as the ETag of an object the server holds but named no tag for
# (RFC 4791 lets a server that rewrote what it was sent answer a PUT without one): "" stays
# "not on the server". Sent back as ``If-Match: *``, which replaces only what is there.
ETAG_UNKNOWN = "*"


def held_etag(etag: str | None) -> str:
    """What to remember as the ETag of an object the server holds: its tag, or ETAG_UNKNOWN."""
    return etag or ETAG_UNKNOWN


@dataclass(frozen=True)
class RemoteObject:
    href: str
    etag: str
    data: str | None  # None: deleted on the server


@dataclass
class Changes:
    """What changed on the server since a sync token (or everything, when there was none)."""

    token: str
    objects: list[RemoteObject] = field(default_factory=list)
    complete_listing: bool = False  # True: ``objects`` is the whole collection


def href_for(calendar_url: str, uid: str) -> str:
    """A stable href per UID: a re-run after an interruption PUTs to the same place."""
    digest = hashlib.sha256(uid.encode("utf-8")).hexdigest()[:32]
    return calendar_url.rstrip("/") + f"/peerglass-{digest}.ics"


def _is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _bare(url: str) -> bool:
    """An address with a scheme and a host but no path: where RFC 6764 discovery starts."""
    parts = urlsplit(url)
    return bool(parts.scheme and parts.hostname) and parts.path in ("", "/")


def _etag(headers: Any) -> str:
    return str(headers.get("ETag") or headers.get("etag") or "")


def _translate(exc: BaseException) -> Exception:
    """A library or transport error as one of ours (the message names the cause, not content)."""
    import ssl

    from caldav.lib import error

    if isinstance(exc, SyncError):
        return exc
    text = str(exc)
    if isinstance(exc, ssl.SSLError) or "CERTIFICATE_VERIFY_FAILED" in text or "SSLError" in type(exc).__name__:
        return TlsFailure()
    if isinstance(exc, error.AuthorizationError) or " 401" in text[:40] or text.startswith("401"):
        return AuthFailed()
    if "507" in text[:60] or "quota" in text.lower() or " 413" in text[:40]:
        return QuotaExceeded()
    if isinstance(exc, error.DAVError):
        status = getattr(exc, "status", None) or text.split(" ", 1)[0][:12]
        return ServerError(status or translate("errors", "unknown"))
    if isinstance(exc, (ConnectionError, OSError, TimeoutError)) or "Connection" in type(exc).__name__ \
            or "Timeout" in type(exc).__name__ or "connect" in text.lower():
        return ServerUnreachable(type(exc).__name__)
    return ServerError(type(exc).__name__)


class Remote:
    """One connection to one calendar collection."""

    def __init__(self, server_url: str, username: str, password: str, *, timeout: int = 30,
                 ssl_verify: bool | str = True) -> None:
        url = server_url.strip()  # a bare host or e-mail domain: the library tries RFC 6764 discovery
        if url.startswith("http://") and not _is_loopback(url):
            raise InsecureServer()
        import caldav

        client_class: Any = caldav.DAVClient

        self.server_url = url
        self._client_class, self._timeout, self._verify = client_class, timeout, ssl_verify
        self._credentials = (username or None, password or None)
        self._client = self._make_client(url)
        self._calendar: Any = None
        self.discovered = ""  # the service URL found at /.well-known/caldav, once looked for
        self._looked = not _bare(url)

    def _make_client(self, url: str) -> Any:
        username, password = self._credentials
        return self._client_class(url=url, username=username, password=password, timeout=self._timeout,
                                  ssl_verify_cert=self._verify, require_tls=not url.startswith("http://"))

    def _discover(self) -> None:
        """RFC 6764 for an address with no path: the service is where /.well-known/caldav points.

        (The library looks there only for a bare domain and over https; an address with
        a scheme, or a server on this computer, is looked up here.) No answer: the address as given.
        """
        if self._looked:
            return
        self._looked = True
        from caldav.lib.http_sync import requests

        probe = self.server_url.rstrip("/") + "/.well-known/caldav"
        try:
            response = requests.get(probe, timeout=self._timeout, verify=self._verify, allow_redirects=False)
        except Exception as exc:
            raise _translate(exc) from None
        location = response.headers.get("Location") if response.status_code in (301, 302, 303, 307, 308) \
            else None
        if not location:
            return
        found = urljoin(probe, location)
        if urlsplit(found).hostname != urlsplit(self.server_url).hostname or \
                (found.startswith("http://") and not _is_loopback(found)):
            return  # RFC 6764 section 8: never follow it to another host, nor down to plain http
        self.discovered = found
        self._client = self._make_client(found)

    # ---- calendars ----------------------------------------------------------
    def calendars(self) -> list[tuple[str, str]]:
        """(display name, url) of each calendar the account has."""
        self._discover()
        try:
            found = self._client.principal().calendars()
            return [(str(c.get_display_name() or c.url), str(c.url)) for c in found]
        except Exception as exc:
            raise _translate(exc) from None

    def make_calendar(self, name: str) -> str:
        self._discover()
        try:
            made = self._client.principal().make_calendar(name=name)
            return str(made.url)
        except Exception as exc:
            raise _translate(exc) from None

    def use(self, calendar_url: str = "", name: str = "") -> str:
        """Select the collection by url, else by display name; returns its url."""
        if not calendar_url:
            self._discover()
        try:
            if calendar_url:
                self._calendar = self._client.calendar(url=calendar_url)
                return str(self._calendar.url)
            for display, url in self.calendars():
                if display == name or (not name):
                    self._calendar = self._client.calendar(url=url)
                    return url
        except Exception as exc:
            raise _translate(exc) from None
        raise CalendarNotFound(name)

    @property
    def calendar_url(self) -> str:
        return str(self._calendar.url)

    # ---- reading ------------------------------------------------------------
    def changes(self, token: str) -> Changes:
        """Objects changed or deleted since ``token`` ("" for everything), with their data."""
        try:
            found = self._calendar.get_objects_by_sync_token(sync_token=token or None, load_objects=True)
            deleted = {str(u) for u in (getattr(found, "deleted_urls", None) or ())}
            objects = []
            for obj in found:
                url = str(obj.url)
                if url in deleted:
                    objects.append(RemoteObject(url, "", None))
                    continue
                data = obj.data if getattr(obj, "_data", None) is not None or hasattr(obj, "data") else None
                etag = str((obj.props or {}).get("{DAV:}getetag", "") or "")
                objects.append(RemoteObject(url, etag, data if isinstance(data, str) else None))
            new_token = str(found.sync_token or "")
            # The library lists the whole collection when it has no real token to use (a server
            # without sync-collection, or an expired token), under a "fake-" token of its own; an
            # unchanged fake token comes back with nothing listed.
            whole = not token or (new_token.startswith("fake-") and new_token != token)
            return Changes(new_token, objects, complete_listing=whole)
        except Exception as exc:
            raise _translate(exc) from None

    def get(self, href: str) -> RemoteObject | None:
        try:
            response = self._client.request(href, "GET")
        except Exception as exc:
            raise _translate(exc) from None
        if response.status == 404:
            return None
        if response.status >= 400:
            raise _translate_status(response.status)
        body = response.raw if isinstance(response.raw, str) else bytes(response.raw).decode("utf-8")
        return RemoteObject(href, _etag(response.headers), body)

    # ---- writing ------------------------------------------------------------
    def put(self, href: str, data: bytes, etag: str | None) -> str | None:
        """Create (etag None) or replace (If-Match) one object; its new ETag, or None on 412.

        "" when the server names none, even on a GET of it (the caller remembers ETAG_UNKNOWN).
        """
        headers = {"Content-Type": "text/calendar; charset=utf-8"}
        if etag is None:
            headers["If-None-Match"] = "*"
        elif etag:
            headers["If-Match"] = etag
        try:
            response = self._client.put(href, data.decode("utf-8"), headers)
        except Exception as exc:
            raise _translate(exc) from None
        if response.status == 412:
            return None
        if response.status >= 400:
            raise _translate_status(response.status)
        tag = _etag(response.headers)
        if not tag:
            found = self.get(href)
            tag = found.etag if found else ""
        return tag

    def delete(self, href: str, etag: str) -> bool:
        """Delete one object if unchanged since ``etag``; False on 412 (changed elsewhere)."""
        headers = {"If-Match": etag} if etag else {}
        try:
            response = self._client.delete(href, headers)
        except Exception as exc:
            raise _translate(exc) from None
        if response.status == 412:
            return False
        if response.status >= 400 and response.status != 404:
            raise _translate_status(response.status)
        return True


def _translate_status(status: int) -> Exception:
    if status == 401:
        return AuthFailed()
    if status in (507, 413):
        return QuotaExceeded()
    return ServerError(status)
