INSERT INTO account (id, name) VALUES (1, 'seeded by data.sql');
