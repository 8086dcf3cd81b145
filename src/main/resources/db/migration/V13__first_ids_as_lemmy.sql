-- On a fresh Lemmy 0.19 site the first person and the first community get id 2, not 1: early Lemmy
-- migrations inserted a placeholder admin and a "main" community that later migrations deleted,
-- using up id 1 of each sequence. Clients and Lemmy's own API suite rely on it (the suite posts to
-- community 2 of a fresh site and expects its own "main" community there). Only a fresh database is
-- moved; a site with people or communities keeps its ids.
select setval('person_id_seq', 1, true) where not exists (select 1 from person);
select setval('community_id_seq', 1, true) where not exists (select 1 from community);
