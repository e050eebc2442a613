// `npm start`: build only what is out of date, then run the compiled server. A fresh clone
// builds once (about 10 s); later starts go straight to the server.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const newest = (dir) => {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newest(full));
    else latest = Math.max(latest, statSync(full).mtimeMs);
  }
  return latest;
};
const builtAt = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);

if (builtAt('dist/src/server/main.js') < newest('src')) {
  console.log('Building the server…');
  execSync('npm run build:server --silent', { stdio: 'inherit' });
}
if (builtAt('dist/web/index.html') < newest('web')) {
  console.log('Building the web app…');
  execSync('npm run build:web --silent', { stdio: 'inherit' });
}
await import(path.resolve('dist/src/server/main.js'));
