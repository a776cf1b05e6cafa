-- The working group meeting at which a municipal picture was agreed: when, which sectors took part, short minutes.
-- One per picture report. Minutes are free text and pass the personal-data guard before they are stored.
create table picture_meeting (
    report_id    bigint        not null primary key references report (id),
    meeting_date date          not null,
    participants varchar(200)  not null,
    minutes      varchar(4000),
    updated_at   timestamp with time zone not null,
    updated_by   varchar(100)  not null,
    version      integer       not null default 0
);
