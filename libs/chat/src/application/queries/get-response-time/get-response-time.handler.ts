import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { BlockedBuyers } from '../../ports/blocked-buyers';
import { GetResponseTimeQuery } from './get-response-time.query';
import { ResponseTimeView } from './response-time.view';

export const RESPONSE_WINDOW_DAYS = 30;
const ANSWER_WITHIN_SECONDS = 24 * 60 * 60;

// Binds: shop, now, window days, blocked buyer ids, now, answer-within seconds (twice).
// A conversation starts with a room's first message, from its buyer, in the window. It is left
// out when the shop was away or outside its (current) business hours at that moment, or its buyer
// is blocked. Its measured time runs from the start to the first non-automatic seller message (or
// to now while unanswered), minus the away periods inside that span. An unanswered conversation
// counts only once its measured time passed 24 hours (before that its outcome is open).
const SQL = `
with params as (
  select ?::uuid as shop_id, ?::timestamptz as now, ?::int as days, ?::uuid[] as blocked
),
settings as (
  select s.business_hours from chat.shop_chat_settings s, params p where s.shop_id = p.shop_id
),
started as (
  select r.id as room_id, f.created_at as started_at
  from params p
  join chat.rooms r on r.shop_id = p.shop_id
  cross join lateral (
    select sender_role, created_at from chat.messages m
    where m.room_id = r.id order by created_at, id limit 1
  ) f
  where f.sender_role = 'buyer'
    and f.created_at > p.now - make_interval(days => p.days) and f.created_at <= p.now
    and not (r.buyer_id = any (p.blocked))
),
open_at_start as (
  select st.* from started st, params p
  where not exists (
      select 1 from chat.away_periods a
      where a.shop_id = p.shop_id and a.started_at <= st.started_at
        and (a.ended_at is null or a.ended_at > st.started_at))
    and (
      not exists (select 1 from settings where business_hours is not null)
      or exists (
        select 1 from settings s
        cross join lateral (
          select st.started_at at time zone (s.business_hours ->> 'timeZone') as local
        ) l
        cross join lateral jsonb_array_elements(s.business_hours -> 'days') d
        where d ->> 'day' = lower(to_char(l.local, 'Dy'))
          and to_char(l.local, 'HH24:MI') >= d ->> 'open'
          and to_char(l.local, 'HH24:MI') < d ->> 'close'))
),
measured as (
  select o.room_id, a.created_at as answered_at,
    extract(epoch from coalesce(a.created_at, p.now) - o.started_at) - coalesce((
      select sum(extract(epoch from
        least(coalesce(ap.ended_at, 'infinity'), coalesce(a.created_at, p.now))
        - greatest(ap.started_at, o.started_at)))
      from chat.away_periods ap
      where ap.shop_id = p.shop_id
        and ap.started_at < coalesce(a.created_at, p.now)
        and coalesce(ap.ended_at, 'infinity') > o.started_at), 0) as seconds
  from open_at_start o
  cross join params p
  left join lateral (
    select created_at from chat.messages m
    where m.room_id = o.room_id and m.sender_role = 'seller' and not m.automatic
      and m.created_at >= o.started_at
    order by created_at, id limit 1
  ) a on true
)
select
  count(*) filter (where answered_at is not null or seconds > ?) as conversations,
  count(*) filter (where answered_at is not null and seconds <= ?) as answered,
  percentile_cont(0.5) within group (order by seconds) filter (where answered_at is not null)
    as median_seconds
from measured`;

interface Row {
  conversations: string;
  answered: string;
  median_seconds: number | null;
}

@QueryHandler(GetResponseTimeQuery)
export class GetResponseTimeHandler implements IQueryHandler<GetResponseTimeQuery> {
  constructor(
    private readonly em: EntityManager,
    private readonly blocked: BlockedBuyers,
  ) {}

  async execute({ shopId, now }: GetResponseTimeQuery): Promise<ResponseTimeView> {
    const blocked = await this.blocked.blockedBy(shopId);
    const [row] = await this.em
      .getConnection()
      .execute<Row[]>(SQL, [
        shopId,
        now,
        RESPONSE_WINDOW_DAYS,
        `{${blocked.join(',')}}`,
        ANSWER_WITHIN_SECONDS,
        ANSWER_WITHIN_SECONDS,
      ]);
    const conversations = Number(row.conversations);
    const answered = Number(row.answered);
    return {
      shopId,
      windowDays: RESPONSE_WINDOW_DAYS,
      conversations,
      answeredWithin24h: answered,
      responseRate: conversations === 0 ? null : answered / conversations,
      medianResponseSeconds: row.median_seconds === null ? null : Number(row.median_seconds),
    };
  }
}
