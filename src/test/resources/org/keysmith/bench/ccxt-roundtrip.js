// ClientBench's comparison: the same signed GET /api/v5/account/config through ccxt's okx class against the same
// standalone Sandbox. Run by ClientBench with node when -Dbench.ccxt=DIR names a folder where `npm install ccxt`
// was run (never part of the build). Prints "P50 ms P99 ms".
const ccxt = require('ccxt');
const [base, apiKey, secret, password, warmUp, calls] = process.argv.slice(2);
const okx = new ccxt.okx({ apiKey, secret, password, enableRateLimit: false });
okx.urls.api = { rest: base };
(async () => {
    for (let i = 0; i < Number(warmUp); i++) {
        await okx.privateGetAccountConfig();
    }
    const ms = [];
    for (let i = 0; i < Number(calls); i++) {
        const t = process.hrtime.bigint();
        await okx.privateGetAccountConfig();
        ms.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    ms.sort((a, b) => a - b);
    console.log('P50 ' + ms[Math.floor(ms.length / 2)] + ' P99 ' + ms[Math.floor(ms.length * 0.99)]);
})().catch(e => { console.error(e.message); process.exit(1); });
