-- Full-text search of the knowledge bank on PostgreSQL, with the Swedish configuration (stemming and stop words):
-- a stored tsvector per item (title and tags weigh most, then the summary) and per attachment (its name and the
-- extracted text), each with a GIN index. H2 has no full-text search of this kind; there the application falls back
-- to a case-insensitive LIKE over the same texts (knowledge.KnowledgeSearch).
alter table knowledge_item add column search_vector tsvector generated always as (
    setweight(to_tsvector('swedish', title), 'A')
        || setweight(to_tsvector('swedish', tags), 'A')
        || setweight(to_tsvector('swedish', summary), 'B')) stored;
create index knowledge_item_search_idx on knowledge_item using gin (search_vector);

alter table knowledge_attachment add column search_vector tsvector generated always as (
    setweight(to_tsvector('swedish', display_name), 'B')
        || setweight(to_tsvector('swedish', text_content), 'C')) stored;
create index knowledge_attachment_search_idx on knowledge_attachment using gin (search_vector);
