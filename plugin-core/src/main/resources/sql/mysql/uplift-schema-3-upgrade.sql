-- Uplift schema version 2 -> 3 for mysql.
-- First written by `bin/uplift ddl` as the statements new in uplift-schema-3-create.sql; reviewed by hand (ALTER for changed columns).
create table UPLIFT_NODE_HEALTH (HEALTH_KEY varchar(300) not null, COUNTER_NAME varchar(160) not null, NODE_ID varchar(120) not null, REPORTED_AT datetime not null, STARTED_AT datetime not null, COUNTER_VALUE bigint not null, primary key (HEALTH_KEY)) ENGINE=InnoDB;
create index UPLIFT_NODE_HEALTH_NODE on UPLIFT_NODE_HEALTH (NODE_ID);
insert into UPLIFT_SCHEMA_VERSION (VERSION, DESCRIPTION, APPLIED_AT) values (3, 'uplift-schema-3-upgrade.sql', CURRENT_TIMESTAMP);
