/**
 * `npm run seed`: applies migrations, then inserts the demo district into DATABASE_URL (or the
 * embedded database) unless it already holds projects.
 */
import 'reflect-metadata';
import { loadConfig } from '../src/config.js';
import { migrate, openDatabase } from '../src/db/database.js';
import { seedDemoDistrict } from '../src/db/seed/demo-district.js';

const database = await openDatabase(loadConfig(), (message) => console.log(message));
try {
  await migrate(database.orm);
  const result = await seedDemoDistrict(database.orm.em);
  console.log(
    result.seeded
      ? `seeded the demo district: ${result.projects} projects, ${result.people} people, ${result.organizations} organizations`
      : 'the database already holds projects; nothing seeded',
  );
} finally {
  await database.close();
}
