/**
 * Node (V8) flags Pasar's api and worker processes run with, wherever they are started: the
 * CLI's `up` (npm start), `npm run start:api` / `start:worker`, the Docker image (NODE_OPTIONS)
 * and the benchmark. Keep those places in step with this list.
 *
 * `--max-semi-space-size=64`: a 64 MB young generation semi-space instead of V8's 16 MB. Under
 * chat load the API allocates about 280 MB/s; with 16 MB it scavenged every ~45 ms, so objects
 * of a message still in flight (15-100 ms) survived two scavenges, were promoted, and fed major
 * GCs whose concurrent marking took the second core from Postgres. With 64 MB: a quarter of the
 * scavenges, half the time in them, and a lower delivery p99 in each of four alternating
 * benchmark pairs at 2,000 msg/s (83-136 ms vs 123-276 ms) for the same CPU per message.
 */
export const NODE_FLAGS: readonly string[] = ['--max-semi-space-size=64'];
