import {expect, test} from 'vitest'
import {assertValid, runCli} from './helpers.js'

// Issue 11: the region an article is judged by is set on the command line or
// detected, and shown per file in the JSON report; claims read it for currency.
const traditional = '港口渡輪新航線明年開通，每日往返十二班。\n'

test('the JSON report names each file\'s region and how it was decided', async () => {
  const detected = JSON.parse((await runCli(['check', '--stdin', '--format', 'json'], undefined, traditional)).stdout)
  assertValid('report.schema.json', detected)
  expect(detected.files[0].region).toMatchObject({detected: true})
  const given = JSON.parse((await runCli(['check', '--stdin', '--format', 'json', '--region', 'zh-HK'], undefined, traditional)).stdout)
  assertValid('report.schema.json', given)
  expect(given.files[0].region).toEqual({region: 'zh-HK', detected: false, reason: 'settings.region'})
})

test('--region accepts the regions only', async () => {
  const result = await runCli(['check', '--stdin', '--region', 'zh-XX'], undefined, traditional)
  expect(result.code).toBe(2)
  expect(result.stderr).toContain('zh-HK')
})

test('claims take the region: 萬元 is TWD in Taiwan and HKD in Hong Kong', async () => {
  const text = '政府今年補助每戶4萬元。\n'
  const currency = async (region: string) =>
    JSON.parse((await runCli(['claims', '--stdin', '--date', '2026-03-01', '--region', region], undefined, text)).stdout).unit
  expect(await currency('zh-TW')).toBe('TWD')
  expect(await currency('zh-HK')).toBe('HKD')
})
