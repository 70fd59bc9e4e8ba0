"""Accepted jobs in Redis, shared by workers on any number of hosts (see bot.slack.jobs).

Each job is a hash (``alliance-bot:job:<key>``, expiring a day after it was written); the
unfinished ones are also in a sorted set scored by lease expiry, which the sweeps read.
Every change is a Lua script, so it is atomic, and leases are compared with the Redis
server's clock, so the hosts' clocks need not agree. A Redis error propagates: on the
request thread Bolt then answers 500 and Slack delivers the event again later.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

import redis

from bot.slack.jobs import KEEP_SECONDS, JobRecord
from bot.slack.redis_client import KEY_PREFIX

NOW = "local t = redis.call('TIME') local now = tonumber(t[1]) + tonumber(t[2]) / 1000000 "
# Take over (KEYS[1] job, KEYS[2] open set; ARGV owner, lease, member) if unfinished and
# expired; returns the hash, or nil.
TAKE = """
local state = redis.call('HGET', KEYS[1], 'state')
if (not state) or state == 'done' then return nil end
if tonumber(redis.call('HGET', KEYS[1], 'lease_until')) > now then return nil end
redis.call('HSET', KEYS[1], 'owner', ARGV[1], 'lease_until', tostring(now + tonumber(ARGV[2])))
redis.call('HINCRBY', KEYS[1], 'attempts', 1)
redis.call('ZADD', KEYS[2], now + tonumber(ARGV[2]), ARGV[3])
return redis.call('HGETALL', KEYS[1])
"""
ACCEPT = (
    NOW
    + """
if redis.call('EXISTS', KEYS[1]) == 0 then
  local expiry = now + tonumber(ARGV[2])
  redis.call('HSET', KEYS[1], 'payload', ARGV[4], 'owner', ARGV[1], 'lease_until',
             tostring(expiry), 'attempts', 1, 'state', 'open')
  redis.call('EXPIRE', KEYS[1], tonumber(ARGV[5]))
  redis.call('ZADD', KEYS[2], expiry, ARGV[3])
  return redis.call('HGETALL', KEYS[1])
end
"""
    + TAKE
)
TAKE_SCRIPT = NOW + TAKE
RENEW = (
    NOW
    + """
local lost = {}
for i, job in ipairs(KEYS) do
  if i > 1 then
    local member = ARGV[i + 1]
    local mine = redis.call('HGET', job, 'owner') == ARGV[1]
    if mine and redis.call('HGET', job, 'state') ~= 'done' then
      local expiry = now + tonumber(ARGV[2])
      redis.call('HSET', job, 'lease_until', tostring(expiry))
      redis.call('ZADD', KEYS[1], expiry, member)
    else
      table.insert(lost, member)
    end
  end
end
return lost
"""
)
BEGIN_POST = """
if redis.call('HGET', KEYS[1], 'owner') ~= ARGV[1] then return 0 end
local state = redis.call('HGET', KEYS[1], 'state')
if (not state) or state == 'done' then return 0 end
redis.call('HSET', KEYS[1], 'state', 'posting')
return 1
"""
POSTED = """
local mine = redis.call('HGET', KEYS[1], 'owner') == ARGV[1]
if mine and redis.call('HEXISTS', KEYS[1], 'posted_ts') == 0 then
  redis.call('HSET', KEYS[1], 'posted_ts', ARGV[2])
end
return 1
"""
FINISH = """
if redis.call('HGET', KEYS[1], 'owner') ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'state', 'done')
redis.call('ZREM', KEYS[2], ARGV[2])
return 1
"""


class RedisJobStore:
    """Implements bot.slack.jobs.JobStore on a Redis shared by every worker and host."""

    def __init__(
        self,
        client: redis.Redis,
        *,
        keep_seconds: float = KEEP_SECONDS,
        prefix: str = KEY_PREFIX + "job:",
    ) -> None:
        self._client = client
        self._keep = max(1, int(keep_seconds))
        self._prefix = prefix
        self._open = KEY_PREFIX + "jobs-open"
        self._accept = client.register_script(ACCEPT)
        self._take = client.register_script(TAKE_SCRIPT)
        self._renew = client.register_script(RENEW)
        self._begin_post = client.register_script(BEGIN_POST)
        self._posted = client.register_script(POSTED)
        self._finish = client.register_script(FINISH)

    def accept(self, key: str, payload: str, *, owner: str, lease: float) -> JobRecord | None:
        found = self._accept(
            keys=[self._prefix + key, self._open], args=[owner, lease, key, payload, self._keep]
        )
        return _record(key, found)

    def take(self, key: str, *, owner: str, lease: float) -> JobRecord | None:
        found = self._take(keys=[self._prefix + key, self._open], args=[owner, lease, key])
        return _record(key, found)

    def expired(self, *, limit: int) -> list[str]:
        seconds, micros = self._client.time()
        now = seconds + micros / 1_000_000
        members = self._client.zrangebyscore(self._open, "-inf", now, start=0, num=limit)
        stale = [_text(member) for member in members]
        # A job whose hash expired (a day old) leaves its member behind: drop those.
        gone = [key for key in stale if not self._client.exists(self._prefix + key)]
        if gone:
            self._client.zrem(self._open, *gone)
        return [key for key in stale if key not in gone]

    def renew(self, keys: Collection[str], *, owner: str, lease: float) -> set[str]:
        if not keys:
            return set()
        ordered = list(keys)
        lost = self._renew(
            keys=[self._open, *(self._prefix + key for key in ordered)],
            args=[owner, lease, *ordered],
        )
        return {_text(member) for member in lost}

    def begin_post(self, key: str, *, owner: str) -> bool:
        return bool(self._begin_post(keys=[self._prefix + key], args=[owner]))

    def posted(self, key: str, *, owner: str, ts: str) -> None:
        self._posted(keys=[self._prefix + key], args=[owner, ts])

    def finish(self, key: str, *, owner: str) -> None:
        self._finish(keys=[self._prefix + key, self._open], args=[owner, key])


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def _record(key: str, flat: Any) -> JobRecord | None:
    """A JobRecord from HGETALL's flat [field, value, ...] reply (None stays None)."""
    if not flat:
        return None
    fields = {_text(flat[i]): _text(flat[i + 1]) for i in range(0, len(flat), 2)}
    state = fields["state"]
    if state not in ("open", "posting", "done"):
        raise ValueError(f"job {key} has an unknown state {state!r}")
    return JobRecord(
        key=key,
        payload=fields["payload"],
        owner=fields["owner"],
        lease_until=float(fields["lease_until"]),
        attempts=int(fields["attempts"]),
        state=state,  # type: ignore[arg-type]  # checked just above
        posted_ts=fields.get("posted_ts"),
    )
