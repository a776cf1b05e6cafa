package se.lagesbild.knowledge;

import org.springframework.data.repository.ListCrudRepository;

interface KnowledgeItemRepository extends ListCrudRepository<KnowledgeItem, Long> {
}
