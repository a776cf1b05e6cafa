package se.lagesbild.reporting;

import org.springframework.data.relational.core.mapping.Table;

/** A unit that contributes under a municipality's contribution schedule. */
@Table("reporting_schedule_unit")
record ScheduleUnit(Long unitId) {
}
