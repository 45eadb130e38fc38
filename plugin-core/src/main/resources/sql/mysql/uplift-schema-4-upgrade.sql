-- Uplift schema version 3 -> 4 for mysql.
-- First written by `bin/uplift ddl` as the statements new in uplift-schema-4-create.sql; reviewed by hand (ALTER for changed columns).
create table UPLIFT_IMPRESSION_COUNT (COUNT_KEY varchar(400) not null, EVENT_DAY date not null, EXPERIMENT_ID varchar(64), NODE_ID varchar(120) not null, RENDERED bigint not null, SLOT varchar(64) not null, SUGGESTION_TYPE varchar(32) not null, UPDATED_AT datetime not null, VARIANT varchar(64), WIDGET_ID bigint not null, WIDGET_TYPE varchar(64) not null, primary key (COUNT_KEY)) ENGINE=InnoDB;
create index UPLIFT_IMPRESSION_COUNT_DAY on UPLIFT_IMPRESSION_COUNT (EVENT_DAY);
insert into UPLIFT_SCHEMA_VERSION (VERSION, DESCRIPTION, APPLIED_AT) values (4, 'uplift-schema-4-upgrade.sql', CURRENT_TIMESTAMP);
