/** `npm run migrate`: applies pending migrations to DATABASE_URL (or the embedded database). */
import 'reflect-metadata';
import { loadConfig } from '../src/config.js';
import { migrate, openDatabase } from '../src/db/database.js';

const database = await openDatabase(loadConfig(), (message) => console.log(message));
try {
  const applied = await migrate(database.orm);
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'no pending migrations');
} finally {
  await database.close();
}
