// Loads a Data Package with datapackage-js (the Frictionless reference library, spec v1)
// and reads every table with types, constraints and foreign keys checked. Exits 1 and
// prints why when anything is wrong. Usage: node read_datapackage.js DIR/datapackage.json
const { Package } = require('datapackage');

(async () => {
    const path = process.argv[2];
    const dataPackage = await Package.load(path, { strict: false });
    if (!dataPackage.valid) {
        console.log('descriptor: ' + dataPackage.errors.map((e) => e.message).join('; '));
        process.exit(1);
    }
    for (const resource of dataPackage.resources) {
        if (!resource.tabular) {
            console.log(`${resource.name}: not read as a table`);
            process.exit(1);
        }
        try {
            const rows = await resource.read({ keyed: true, cast: true, relations: true });
            console.log(`${resource.name}: ${rows.length} rows`);
        } catch (error) {
            const details = (error.errors || []).map((e) => e.message).join('; ');
            console.log(`${resource.name}: ${error.message} ${details}`);
            process.exit(1);
        }
    }
})().catch((error) => {
    console.log(String(error));
    process.exit(1);
});
