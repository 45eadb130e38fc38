-- Uplift schema version 1 -> 2 for postgresql.
-- First written by `bin/uplift ddl` as the statements new in uplift-schema-2-create.sql; reviewed by hand (ALTER for changed columns).
create table UPLIFT_EXPERIMENT_VISITOR (EXPOSURE_KEY varchar(100) not null, ARM varchar(64) not null, CUSTOMER_ID int8 not null, EXPERIMENT_ID varchar(64) not null, FIRST_SEEN timestamp not null, primary key (EXPOSURE_KEY));
create table UPLIFT_MAIL_JOB (JOB_ID  bigserial not null, ATTEMPTS int4 not null, CLICKS int4 not null, CREATED_AT timestamp not null, CUSTOMER_ID int8, DUE_AT timestamp not null, JOB_KEY varchar(100) not null, KIND varchar(32) not null, LAST_ERROR varchar(1000), LEASE_OWNER varchar(64), LEASE_UNTIL timestamp, REASON varchar(500), RECIPIENT varchar(320), SENT_AT timestamp, STATUS varchar(16) not null, SUBJECT varchar(200), TARGET_ID int8 not null, UPDATED_AT timestamp, primary key (JOB_ID));
create table UPLIFT_MAIL_OPT_OUT (ADDRESS varchar(320) not null, OPTED_OUT_AT timestamp not null, primary key (ADDRESS));
create table UPLIFT_MAIL_SETTINGS (SETTINGS_ID int8 not null, CART_IDLE_MINUTES int4, CART_ENABLED boolean, CART_SUBJECT varchar(200), POST_DELAY_MINUTES int4, POST_ENABLED boolean, POST_SUBJECT varchar(200), RESEND_HOURS int4, SECRET varchar(64), SUGGESTIONS int4, USAGE_TIPS text, primary key (SETTINGS_ID));
create index UPLIFT_EXP_VISITOR_ARM on UPLIFT_EXPERIMENT_VISITOR (EXPERIMENT_ID, ARM);
alter table UPLIFT_MAIL_JOB add constraint UPLIFT_MAIL_JOB_KEY unique (JOB_KEY);
create index UPLIFT_MAIL_JOB_DUE on UPLIFT_MAIL_JOB (STATUS, DUE_AT);
create index UPLIFT_MAIL_JOB_TARGET on UPLIFT_MAIL_JOB (KIND, TARGET_ID);
insert into UPLIFT_SCHEMA_VERSION (VERSION, DESCRIPTION, APPLIED_AT) values (2, 'uplift-schema-2-upgrade.sql', CURRENT_TIMESTAMP);
