// Jest stand-in for a CSS (module) import: `styles.card` is "card".
module.exports = new Proxy({}, { get: (_target, key) => (key === '__esModule' ? false : String(key)) });
