package se.lagesbild.reporting;

import org.springframework.data.repository.ListCrudRepository;

interface PictureMeetingRepository extends ListCrudRepository<PictureMeeting, Long> {
}
