// Evaluates JSONata expressions for the export tests: reads [{expression, bindings}] as JSON on
// standard input, prints [{value} | {error}] as JSON. Bindings become $name variables, as
// Step Functions' workflow variables do.
const jsonata = require('jsonata');

async function main() {
  let text = '';
  for await (const chunk of process.stdin) {
    text += chunk;
  }
  const out = [];
  for (const {expression, bindings} of JSON.parse(text)) {
    try {
      const value = await jsonata(expression).evaluate({}, bindings);
      out.push(value === undefined ? {undefined: true} : {value});
    } catch (e) {
      out.push({error: e.message});
    }
  }
  process.stdout.write(JSON.stringify(out));
}

main();
