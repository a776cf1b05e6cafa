-- Which version of its reports a county's analysis is computed from. Every workflow step of a report (started,
-- submitted, approved, returned, reopened, written in bulk) bumps its county's number in the same transaction, so
-- that every application node knows when the levels it keeps in memory are out of date.
create table analysis_generation (
    county_id  bigint not null primary key references organisation (id),
    generation bigint not null default 0
);
insert into analysis_generation (county_id, generation)
select id, 0 from organisation where kind = 'COUNTY';
