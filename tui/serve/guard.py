"""Who may talk to `briefing serve`: the Host and Origin checks, and the terminal size bounds.

Pure functions of header values, without aiohttp or textual-serve, so that they are
easy to test and to read. A browser sets Host and Origin itself (a page cannot forge
them), so checking both stops other web sites (Origin) and DNS rebinding (Host).
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from urllib.parse import urlsplit

# A browser tab's terminal, in cells. Larger sizes only cost the child memory: the
# reader is usable far below these, and a 4K screen at a small font is about 480x130.
MAX_WIDTH = 500
MAX_HEIGHT = 200
MIN_WIDTH = 10
MIN_HEIGHT = 5
DEFAULT_PORTS = {"http": 80, "https": 443}
WILDCARDS = {"", "0.0.0.0", "::"}
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def clamp_size(width: object, height: object) -> tuple[int, int] | None:
    """A terminal size within the bounds, or None when either value is not a whole number."""
    if type(width) is not int or type(height) is not int:
        return None
    return max(MIN_WIDTH, min(width, MAX_WIDTH)), max(MIN_HEIGHT, min(height, MAX_HEIGHT))


def clamp_query(width: str, height: str) -> tuple[int, int]:
    """The size asked for in the /ws query (textual-serve's defaults when unreadable), within the bounds."""

    def number(text: str, default: int) -> int:
        text = text.strip()
        # Bounded before int(): a 100,000-digit width is refused, not converted.
        return int(text) if 0 < len(text) <= 9 and text.lstrip("-").isdigit() else default

    size = clamp_size(number(width, 80), number(height, 24))
    assert size is not None
    return size


def normal_host(name: str) -> str:
    """A host name or address as compared: lower case, IPv6 without brackets, addresses in short form."""
    name = name.lower()
    if name.startswith("[") and name.endswith("]"):
        name = name[1:-1]
    try:
        return str(ipaddress.ip_address(name))
    except ValueError:
        return name


def split_authority(authority: str) -> tuple[str, int | None] | None:
    """``host[:port]`` (IPv6 in brackets) as (host, port or None), or None when malformed."""
    if not authority or any(c.isspace() or c in "/?#@\\" for c in authority):
        return None
    if authority.startswith("["):
        end = authority.find("]")
        if end < 0:
            return None
        host, rest = authority[: end + 1], authority[end + 1 :]
        if rest and not rest.startswith(":"):
            return None
        port_text = rest[1:] if rest else None
    else:
        host, colon, port_text_or_empty = authority.partition(":")
        port_text = port_text_or_empty if colon else None
        if ":" in port_text_or_empty:
            return None
    if not host:
        return None
    if port_text is None:
        return normal_host(host), None
    if not port_text.isdigit() or len(port_text) > 5 or not 0 < int(port_text) <= 65535:
        return None
    return normal_host(host), int(port_text)


@dataclass(frozen=True)
class Site:
    scheme: str
    host: str
    port: int


def public_site(url: str) -> Site | str:
    """The site of ``--public-url``, or why it cannot be one."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as error:
        return f"--public-url {url!r} is not a URL ({error})"
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        return f"--public-url {url!r} is not an http:// or https:// URL with a host"
    if parts.username or parts.password or parts.query or parts.fragment:
        return f"--public-url {url!r} must be scheme://host[:port][/path], without a user, query or fragment"
    return Site(parts.scheme, normal_host(parts.hostname), port or DEFAULT_PORTS[parts.scheme])


@dataclass(frozen=True)
class Policy:
    """The sites browsers may use to reach this server."""

    sites: frozenset[Site]
    # Bound to every address (0.0.0.0, ::): any IP address at the port is this server.
    any_address_port: int | None = None

    @classmethod
    def of(cls, host: str, port: int, public: Site | None = None) -> Policy:
        bound = normal_host(host)
        names = {bound}
        if bound in WILDCARDS or is_loopback(bound):
            names.update(LOOPBACK_NAMES)
        sites = {Site("http", name, port) for name in names if name not in WILDCARDS}
        if public is not None:
            sites.add(public)
        return cls(frozenset(sites), port if bound in WILDCARDS else None)

    def allows_host(self, authority: str) -> bool:
        parsed = split_authority(authority)
        if parsed is None:
            return False
        host, port = parsed
        for site in self.sites:
            if site.host == host and (port == site.port or (port is None and site.port == DEFAULT_PORTS[site.scheme])):
                return True
        return self.any_address_port is not None and port == self.any_address_port and is_address(host)

    def allows_origin(self, origin: str) -> bool:
        scheme, sep, authority = origin.partition("://")
        if not sep or scheme not in DEFAULT_PORTS:
            return False
        parsed = split_authority(authority)
        if parsed is None:
            return False
        host, port = parsed
        site = Site(scheme, host, port or DEFAULT_PORTS[scheme])
        if site in self.sites:
            return True
        return scheme == "http" and self.any_address_port == site.port and is_address(host)

    def refusal(self, hosts: list[str], origins: list[str], websocket: bool) -> str | None:
        """Why a request with these Host and Origin headers is refused, or None when it may go on.

        A WebSocket must carry an Origin (every browser sends one); a page need not.
        """
        if len(hosts) != 1 or not self.allows_host(hosts[0]):
            return "this server is not reached at that address (Host)"
        if len(origins) > 1 or (websocket and not origins):
            return "a connection from a page of this server only (Origin)"
        if origins and not self.allows_origin(origins[0]):
            return "a connection from a page of this server only (Origin)"
        return None

    def addresses(self) -> list[str]:
        """The allowed sites, for messages."""
        shown = sorted(f"{s.scheme}://{show_host(s.host)}:{s.port}" for s in self.sites)
        if self.any_address_port is not None:
            shown.append(f"http://ANY-IP-ADDRESS:{self.any_address_port}")
        return shown


def is_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def show_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host
