-- Municipal boundaries for the analysis maps, stored ready to draw: each municipality's outline projected once into
-- one national coordinate system (x = longitude * cos 62 degrees * 72, y = -latitude * 72, in tenths; Sweden is
-- about 450 by 990 units), simplified and written as an SVG path. A map's viewBox is the union of its areas' boxes,
-- so drawing a county or all of Sweden reads rows and never touches geometry.
create table map_boundary (
    organisation_id bigint          not null primary key references organisation (id),
    svg_path        varchar(1000000) not null,
    min_x           double precision not null,
    min_y           double precision not null,
    max_x           double precision not null,
    max_y           double precision not null
);

-- The last import, always exactly one row. An import updates it first, which locks it, so two imports (or two
-- nodes loading the configured file at start-up) never interleave. generation grows with every import, so nodes
-- see from one cheap read whether the boundaries they hold in memory are still current.
create table map_boundary_import (
    id                 int           not null primary key,
    generation         bigint        not null,
    imported_at        timestamp with time zone,
    imported_by        varchar(100),
    source_name        varchar(200),
    feature_count      int,
    matched_count      int,
    unmatched_codes    varchar(2000),
    constraint map_boundary_import_single_ck check (id = 1)
);
insert into map_boundary_import (id, generation) values (1, 0);
