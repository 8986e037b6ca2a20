-- Dateline store, schema version 1: articles and everything coded from them.
-- Offsets (*_start, *_end) are half-open character offsets into articles.text.
CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL, description VARCHAR);
CREATE TABLE articles (
  id VARCHAR NOT NULL, source VARCHAR NOT NULL, source_name VARCHAR NOT NULL, agency VARCHAR, agency_code VARCHAR,
  url VARCHAR, dateline_place VARCHAR, date DATE, title VARCHAR, language VARCHAR, text VARCHAR NOT NULL,
  version INTEGER NOT NULL, is_current BOOLEAN NOT NULL, sentence_count INTEGER, token_count INTEGER,
  tone DOUBLE, positive DOUBLE, negative DOUBLE, polarity DOUBLE, word_count INTEGER, notes VARCHAR,
  ingested_at TIMESTAMP NOT NULL);
CREATE TABLE sentences (
  article_id VARCHAR NOT NULL, sentence INTEGER NOT NULL, paragraph INTEGER, start_char INTEGER, end_char INTEGER,
  text VARCHAR);
CREATE TABLE actors (
  article_id VARCHAR NOT NULL, mention INTEGER NOT NULL, code VARCHAR, name VARCHAR, country VARCHAR, role VARCHAR,
  sentence INTEGER, start_char INTEGER, end_char INTEGER, entry VARCHAR, rule VARCHAR, date_basis VARCHAR,
  antecedent_start INTEGER, antecedent_end INTEGER);
CREATE TABLE events (
  id BIGINT NOT NULL, day DATE, source_code VARCHAR, source_name VARCHAR, source_country VARCHAR,
  target_code VARCHAR, target_name VARCHAR, target_country VARCHAR, code VARCHAR NOT NULL, base_code VARCHAR,
  root_code VARCHAR, quad_class INTEGER, goldstein DOUBLE, is_root BOOLEAN, place_key VARCHAR NOT NULL,
  place_name VARCHAR, place_type VARCHAR, place_country_iso3 VARCHAR, place_country_fips VARCHAR,
  place_adm1 VARCHAR, place_lat DOUBLE, place_lon DOUBLE, place_geoname_id BIGINT,
  num_mentions INTEGER NOT NULL, num_sources INTEGER NOT NULL, num_articles INTEGER NOT NULL, avg_tone DOUBLE,
  first_article_id VARCHAR, source_url VARCHAR, date_added TIMESTAMP NOT NULL);
CREATE TABLE mentions (
  event_id BIGINT, article_id VARCHAR NOT NULL, mention INTEGER NOT NULL, sentence INTEGER,
  source_code VARCHAR, source_text VARCHAR, source_start INTEGER, source_end INTEGER,
  target_code VARCHAR, target_text VARCHAR, target_start INTEGER, target_end INTEGER,
  trigger_start INTEGER, trigger_end INTEGER, sentence_start INTEGER, sentence_end INTEGER,
  quote_start INTEGER, quote_end INTEGER, rule VARCHAR, is_root BOOLEAN, flags VARCHAR,
  plover_category VARCHAR, plover_mode VARCHAR, place_reason VARCHAR, confidence INTEGER);
CREATE TABLE quotes (
  article_id VARCHAR NOT NULL, quote INTEGER NOT NULL, kind VARCHAR, sentence INTEGER,
  content_start INTEGER, content_end INTEGER, cue_start INTEGER, cue_end INTEGER,
  speaker_code VARCHAR, speaker_name VARCHAR, speaker_start INTEGER, speaker_end INTEGER,
  attribution VARCHAR, tone DOUBLE);
CREATE TABLE places (
  article_id VARCHAR NOT NULL, place INTEGER NOT NULL, name VARCHAR, role VARCHAR, feature_type VARCHAR,
  lat DOUBLE, lon DOUBLE, country_iso2 VARCHAR, country_iso3 VARCHAR, country_fips VARCHAR, adm1 VARCHAR,
  geoname_id BIGINT, start_char INTEGER, end_char INTEGER, reason VARCHAR);
