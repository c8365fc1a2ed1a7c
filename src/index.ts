// Action entry: everything happens in run(); see main.ts.
import { run } from './main.js';

await run();
