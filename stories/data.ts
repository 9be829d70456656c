/** Comparison documents for the stories: the demo's, a three-item one, and broken ones. */
import pythonVsRust from '../demo/data/python-vs-rust.json';
import threeDatabases from '../test/fixtures/three-databases.json';
import invalid from '../test/fixtures/invalid.json';

export { pythonVsRust, threeDatabases, invalid };
