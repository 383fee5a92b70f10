import { Migration } from '@mikro-orm/migrations';

/**
 * `chat.store_messages`: stores a group of new chat messages in one statement (one round trip,
 * one transaction). Written by hand: the schema diff does not see functions.
 *
 * `messages`: one object per message, keyed by `chat.messages` column, `seq` left 0. `events`:
 * the `shared.outbox` rows the messages recorded (keyed by column, `aggregate_id` the message's
 * id). It locks the rooms' rows in id order first (two writers sharing rooms cannot deadlock, a
 * second writer of a room waits, so numbers commit in order and without gaps, and a purge of the
 * room running now is waited for, so these messages are never part of what it deletes), takes
 * each room's next numbers (reopening a closed room), inserts the numbered messages, their
 * events with the message's `seq` added to the payload, and each sender's read marker up to
 * their newest message, and returns each message's id and number in the order given. A message
 * whose room does not exist fails the whole call (foreign_key_violation).
 */
export class Migration20261124223800 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function chat.store_messages(messages jsonb, events jsonb)
  returns table (message_id uuid, message_seq integer)
  language plpgsql
as $$
declare
  room_ids uuid[];
  locked integer;
begin
  -- An array, not a join with the jsonb: the planner guesses 100 rows for a jsonb array and
  -- would scan all of chat.rooms instead of using its primary key.
  select array_agg(distinct (m ->> 'room_id')::uuid) into room_ids
    from jsonb_array_elements(messages) m;
  perform 1 from chat.rooms r where r.id = any(room_ids) order by r.id for update;
  get diagnostics locked = row_count;
  if locked <> cardinality(room_ids) then
    raise foreign_key_violation using message = 'chat.store_messages: a message''s room does not exist';
  end if;
  return query
  with input as (
    select jsonb_populate_record(null::chat.messages, e.value) as m, e.ord
      from jsonb_array_elements(messages) with ordinality e (value, ord)
  ), counts as (
    select (i.m).room_id, count(*)::int as n from input i group by (i.m).room_id
  ), bumped as (
    update chat.rooms r
       set last_seq = r.last_seq + c.n, closed_at = null, purged_at = null
      from counts c
     where r.id = any(room_ids) and r.id = c.room_id
    returning r.id as room_id, r.last_seq - c.n as base
  ), numbered as (
    select jsonb_populate_record(
             i.m,
             jsonb_build_object(
               'seq', b.base + row_number() over (partition by b.room_id order by i.ord))) as m,
           i.ord
      from input i
      join bumped b on b.room_id = (i.m).room_id
  ), stored as (
    insert into chat.messages select (n.m).* from numbered n order by n.ord
  ), recorded as (
    insert into shared.outbox (id, type, aggregate_type, aggregate_id, payload, occurred_at, traceparent)
    select o.id, o.type, o.aggregate_type, o.aggregate_id,
           o.payload || jsonb_build_object('seq', (n.m).seq), o.occurred_at, o.traceparent
      from jsonb_array_elements(events) with ordinality e (value, ord)
     cross join lateral jsonb_populate_record(null::shared.outbox, e.value) o
      join numbered n on (n.m).id::text = o.aggregate_id
     order by e.ord
  ), marked as (
    insert into chat.read_markers as rm (room_id, user_id, last_read_seq, last_read_at)
    select distinct on ((n.m).room_id, (n.m).sender_id)
           (n.m).room_id, (n.m).sender_id, (n.m).seq, (n.m).created_at
      from numbered n
     order by (n.m).room_id, (n.m).sender_id, (n.m).seq desc
        on conflict (room_id, user_id) do update
       set last_read_seq = excluded.last_read_seq, last_read_at = excluded.last_read_at
     where rm.last_read_seq < excluded.last_read_seq
  )
  select (n.m).id, (n.m).seq from numbered n order by n.ord;
end
$$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function chat.store_messages(jsonb, jsonb);`);
  }
}
