import {createConnection, type Connection} from 'vscode-languageserver/node'
import {startServer, type ServerOptions} from './server.js'

/**
 * Serve over standard input and output, as editors start language servers.
 * The process ends when the editor sends `exit` or closes the stream
 * (vscode-languageserver exits the process itself).
 */
export function serveStdio(options: ServerOptions): Connection {
  // Standard output is the protocol stream: a stray console.log would corrupt it.
  const toStderr = (...args: unknown[]) => console.error(...args)
  console.log = toStderr
  console.info = toStderr
  console.debug = toStderr
  const connection = createConnection(process.stdin, process.stdout)
  startServer(connection, options)
  connection.listen()
  return connection
}
