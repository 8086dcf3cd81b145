-- Pronouns as data (Warren issue 5): a site allow-list that admins edit, and up to two chosen
-- values on the person row, so that every read of a person carries them without another query.

-- The allow-list, in the order pickers show it. Values go inside "[a, b]" in API v3 display
-- names, so they cannot hold the brackets or the comma that separate them there.
create table pronoun (
    position  integer primary key,
    value     text not null,
    constraint pronoun_value_shape check (
        value <> '' and value = btrim(value) and char_length(value) <= 32 and value !~ '[][,]')
);
-- Matching is without case, so two spellings of one value would make a match ambiguous.
create unique index pronoun_value_lower on pronoun (lower(value));

-- Null means none. Values keep the list's spelling from when they were chosen; a value later
-- taken off the list stays here and still shows (see warren.domain.pronouns.Pronouns).
alter table person add column pronouns text[]
    constraint person_pronouns_shape check (
        cardinality(pronouns) between 1 and 2 and array_position(pronouns, null) is null);

-- Hexbear's 29 values (shared/data/pronouns-hexbear.txt), its order.
insert into pronoun (position, value) values
    (1, 'none/use name'),
    (2, 'any'),
    (3, 'comrade/them'),
    (4, 'ae/aer'),
    (5, 'des/pair'),
    (6, 'doe/deer'),
    (7, 'e/em/eir'),
    (8, 'ee/ees'),
    (9, 'em/ems'),
    (10, 'ey/em'),
    (11, 'fae/faer'),
    (12, 'he/him'),
    (13, 'hy/hym'),
    (14, 'it/its'),
    (15, 'kit/kit''s'),
    (16, 'love/loves'),
    (17, 'mirror/your pronouns'),
    (18, 'null/void'),
    (19, 'pup/pup''s'),
    (20, 'sae/saer'),
    (21, 'she/her'),
    (22, 'sie/hir'),
    (23, 'they/them'),
    (24, 'thon/thons'),
    (25, 'undecided'),
    (26, 'xe/xem'),
    (27, 'xey/xem'),
    (28, 'ze/hir'),
    (29, 'ze/zir');
