"""Times and labels as the pages show them. Plain Python."""

from datetime import datetime


def money(cents: int) -> str:
    return f"${cents / 100:,.2f}"


def count(value: int | None) -> str:
    return f"{value:,}" if value is not None else ""


def timestamp(moment: datetime) -> str:
    return moment.strftime("%d %b %Y, %H:%M UTC")


def waited(moment: datetime, now: datetime) -> str:
    """How long ago, in the largest whole unit: "just now", "5 min", "3 h", "2 days"."""
    seconds = max(0, int((now - moment).total_seconds()))
    if seconds < 60:
        return "just now"
    if seconds < 3600:
        return f"{seconds // 60} min ago"
    if seconds < 86400:
        return f"{seconds // 3600} h ago"
    days = seconds // 86400
    return f"{days} day{'s' if days > 1 else ''} ago"
