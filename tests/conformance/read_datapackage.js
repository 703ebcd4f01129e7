// Loads each Data Package with datapackage-js (the Frictionless reference library, spec v1)
// and reads every table with types, constraints and foreign keys checked. Prints
// "PATH ok" or "PATH FAILED: why" per package; exits 1 when any failed.
// Usage: node read_datapackage.js DIR/datapackage.json...
const { Package } = require('datapackage');

async function check(path) {
    const dataPackage = await Package.load(path, { strict: false });
    if (!dataPackage.valid)
        return 'descriptor: ' + dataPackage.errors.map((e) => e.message).join('; ');
    for (const resource of dataPackage.resources) {
        if (!resource.tabular)
            return `${resource.name}: not read as a table`;
        try {
            await resource.read({ keyed: true, cast: true, relations: true });
        } catch (error) {
            return `${resource.name}: ${error.message} ${(error.errors || []).map((e) => e.message).join('; ')}`;
        }
    }
    return '';
}

(async () => {
    let failed = false;
    for (const path of process.argv.slice(2)) {
        const problem = await check(path).catch((error) => String(error));
        console.log(problem ? `${path} FAILED: ${problem}` : `${path} ok`);
        failed = failed || problem !== '';
    }
    process.exit(failed ? 1 : 0);
})();
