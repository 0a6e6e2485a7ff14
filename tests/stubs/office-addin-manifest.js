// office-addin-mock only needs this module to exist under jest; its real ESM dependency cannot load here.
module.exports = {};
