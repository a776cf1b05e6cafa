-- The good examples and methods of the knowledge bank an action plan builds on. A plan is never copied from another
-- municipality; it may point to what others learned.
create table action_plan_reference (
    plan_id           bigint not null references action_plan (id),
    knowledge_item_id bigint not null references knowledge_item (id),
    constraint action_plan_reference_pk primary key (plan_id, knowledge_item_id)
);
create index action_plan_reference_item_idx on action_plan_reference (knowledge_item_id);
