"""User-facing texts that are not answers: help, errors, the re-ingest report."""

from __future__ import annotations

from bot.slack.blocks import escape_mrkdwn, truncate
from retrieval.errors import StoreUnavailable
from retrieval.locking import WriterBusy
from retrieval.models import IngestReport

ANSWER_ERROR = (
    ":warning: Sorry, something went wrong while I was answering. "
    "Please try again in a minute; the team has been notified in the logs."
)
SUMMARY_ERROR = ":warning: Sorry, I could not build that summary. Please try again later."
# The Chroma server is down: nothing is wrong with the question, so say "try again soon".
STORE_UNAVAILABLE = (
    ":warning: The article store is unreachable right now, so I can't look this up. "
    "Please try again in a minute."
)
REINGEST_STORE_UNAVAILABLE = (
    ":warning: Re-ingest stopped: the article store is unreachable right now. "
    "The previous articles are untouched; please try again in a minute."
)
REINGEST_WRITER_BUSY = (
    ":warning: Re-ingest did not start: another ingest (e.g. from the command line) is "
    "writing the articles right now. Please try again when it has finished."
)
EMPTY_QUESTION = (
    "Hi! Ask me about corporate alliances, e.g. _Which companies has Geely partnered with?_ "
    "— or try `/alliance-help`."
)
FEEDBACK_THANKS = "Thanks for the feedback!"
NOT_ADMIN = (
    "Sorry, only AllianceBot admins can re-ingest the articles. "
    "Ask an admin if the answers look out of date."
)
REINGEST_BUSY = "A re-ingest is already running; its report will arrive when it finishes."
REINGEST_LOCK_UNAVAILABLE = (
    "Sorry, I can't check whether a re-ingest is already running (the shared state store "
    "is unreachable). Please try again in a minute."
)
REINGEST_STARTED = "Re-ingest started. I'll send progress and the final report by DM."
SHARE_EXPIRED = "Sorry, that summary is no longer available. Run the command again."
SHARE_NOT_IN_CHANNEL = "I can't post in this channel. Invite me with `/invite @AllianceBot`."
SHARED = "Shared to the channel."
SUMMARY_WORKING = "Working on the summary…"

HELP = """*AllianceBot* answers questions about corporate alliances from news articles, \
with sources.
• Mention me in a channel: `@AllianceBot Which carmakers did Geely partner with?`
• Or send me a direct message. Follow-up questions in my thread need no new mention.
• `/alliance-ask QUESTION` — an answer only you see, until you share it.
• *Ask AllianceBot about this* in a message's ⋮ menu — I answer about that message, in its thread.
• `/alliance-summary [company or topic]` — a cited summary, only you see it until you share it.
• `/alliance-reingest` — reload the articles (admins only).
• `/alliance-help` — this message.
Numbers like [1] point to the *Sources* under each answer; 👍/👎 tell us how it went.
My Home tab shows what I know: how many articles, the newest alliances, summaries."""

MAX_LISTED = 10


def ingest_report_text(report: IngestReport) -> str:
    """The admin's re-ingest summary in mrkdwn; source names and reasons escaped."""
    lines = [f"*Re-ingest finished* in {report.seconds:.1f} s, {report.chunks_written} chunks"]
    for label, sources in (
        ("Added", report.added),
        ("Updated", report.updated),
        ("Removed", report.removed),
    ):
        lines.append(f"• {label}: {len(sources)}{_listed(sources)}")
    lines.append(f"• Unchanged: {report.unchanged}")
    lines.append(f"• Skipped: {len(report.skipped)}")
    for skipped in report.skipped[:MAX_LISTED]:
        source = escape_mrkdwn(truncate(skipped.source, 120))
        reason = escape_mrkdwn(truncate(skipped.reason, 200))
        lines.append(f"    – {source}: {reason}")
    if len(report.skipped) > MAX_LISTED:
        lines.append(f"    – …and {len(report.skipped) - MAX_LISTED} more")
    return "\n".join(lines)


def _listed(sources: list[str]) -> str:
    if not sources:
        return ""
    shown = ", ".join(escape_mrkdwn(truncate(source, 80)) for source in sources[:MAX_LISTED])
    more = f" and {len(sources) - MAX_LISTED} more" if len(sources) > MAX_LISTED else ""
    return f" — {shown}{more}"


def progress_text(message: str) -> str:
    return f":hourglass_flowing_sand: Re-ingest running: {escape_mrkdwn(truncate(message, 300))}"


def failure_text(error: BaseException) -> str:
    """The admin's DM when a re-ingest fails; expected outages get their own advice."""
    if isinstance(error, StoreUnavailable):
        return REINGEST_STORE_UNAVAILABLE
    if isinstance(error, WriterBusy):
        return REINGEST_WRITER_BUSY
    kind = str(getattr(error, "kind", type(error).__name__))  # IngestFailed names the cause
    return f":warning: Re-ingest failed ({escape_mrkdwn(kind)}); see the bot logs."


def answer_error_text(error: BaseException) -> str:
    """The thread reply when answering failed: specific when the store is down."""
    return STORE_UNAVAILABLE if isinstance(error, StoreUnavailable) else ANSWER_ERROR


def summary_error_text(error: BaseException) -> str:
    """The ephemeral reply when a summary failed: specific when the store is down."""
    return STORE_UNAVAILABLE if isinstance(error, StoreUnavailable) else SUMMARY_ERROR


def question_too_long(length: int, limit: int) -> str:
    return (
        f"That message is {length:,} characters long; I answer questions of up to {limit:,} "
        "characters. Please ask the question on its own, e.g. _Who did Geely partner with?_"
    )
