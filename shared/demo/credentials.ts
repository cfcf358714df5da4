// The password every demo user signs in with on a demo server (npm start). Never used for a
// real organisation: the server seeds the demo only into an empty database in demo mode.
export const DEMO_PASSWORD = 'rawaa-demo';
