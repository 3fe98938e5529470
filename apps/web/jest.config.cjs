const base = require('../../jest.base.cjs')(__dirname);

// Components import their CSS (Vite bundles it); under Jest a stylesheet is an object whose class
// names are the keys themselves, so rendered markup stays readable in assertions.
module.exports = {
  ...base,
  moduleNameMapper: { ...base.moduleNameMapper, '\\.css$': '<rootDir>/css-module-stub.cjs' },
};
