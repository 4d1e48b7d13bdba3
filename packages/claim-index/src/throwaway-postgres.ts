import {execFile} from 'node:child_process'
import {chmodSync, chownSync, existsSync, mkdtempSync, rmSync} from 'node:fs'
import {createServer} from 'node:net'
import {tmpdir, userInfo} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'

const run = promisify(execFile)

/** Where Debian's PostgreSQL server binaries are looked for, newest first. */
const candidates = ['/usr/lib/postgresql/17/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/15/bin']

/** The folder holding `initdb`, `pg_ctl` and `postgres`, or `undefined` when PostgreSQL is not installed. */
export function findPostgresBinaries(env: Record<string, string | undefined> = process.env): string | undefined {
  const folders = env['JIAODUI_PG_BIN'] ? [env['JIAODUI_PG_BIN']] : candidates
  return folders.find((folder) => ['initdb', 'pg_ctl', 'postgres'].every((name) => existsSync(path.join(folder, name))))
}

/** A running throwaway cluster. */
export interface ThrowawayPostgres {
  /** `postgres://postgres@127.0.0.1:<port>/postgres` (trust authentication, loopback only). */
  url: string
  port: number
  folder: string
  /** Stop the server and delete its folder. */
  stop(): Promise<void>
}

/** A free loopback TCP port. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

/**
 * Start a throwaway PostgreSQL cluster from the server binaries: `initdb` with trust
 * authentication, a free loopback port, fsync off (the data is thrown away). PostgreSQL refuses to
 * run as root, so as root the commands run as the `postgres` user (`runuser`). For tests and
 * benchmarks; a newsroom runs a real server.
 */
export async function startThrowawayPostgres(options: {bin?: string | undefined} = {}): Promise<ThrowawayPostgres> {
  const bin = options.bin ?? findPostgresBinaries()
  if (!bin) throw new Error('PostgreSQL server binaries not found (install the `postgresql` package)')
  const folder = mkdtempSync(path.join(tmpdir(), 'jiaodui-pg-'))
  const asRoot = userInfo().uid === 0
  if (asRoot) {
    const {stdout} = await run('id', ['-u', 'postgres'])
    const {stdout: group} = await run('id', ['-g', 'postgres'])
    chownSync(folder, Number(stdout.trim()), Number(group.trim()))
  }
  chmodSync(folder, 0o700)
  const exec = (name: string, args: string[]) =>
    asRoot ? run('runuser', ['-u', 'postgres', '--', path.join(bin, name), ...args]) : run(path.join(bin, name), args)
  const data = path.join(folder, 'data')
  let port = 0
  try {
    await exec('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync'])
    // Another process may take the free port between the check and the start: try a few.
    for (let attempt = 1; ; attempt++) {
      port = await freePort()
      const settings = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`
      try {
        await exec('pg_ctl', ['-D', data, '-l', path.join(folder, 'server.log'), '-w', '-t', '120', '-o', settings, 'start'])
        break
      } catch (error) {
        if (attempt === 3) throw error
      }
    }
  } catch (error) {
    rmSync(folder, {recursive: true, force: true})
    throw error
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    folder,
    async stop() {
      await exec('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']).catch(() => {})
      rmSync(folder, {recursive: true, force: true})
    }
  }
}
